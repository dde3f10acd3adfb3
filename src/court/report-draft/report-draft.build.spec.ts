import { CaseEvent } from '../../cases/case.events';
import { CASE_ID, FAMILY_ID, MINOR_ID, caseOpened, id } from '../../cases/testing/case.fixtures';
import { ExportedEvent } from '../audit-trail.types';
import { buildReportDraft, CaseDeadline } from './report-draft.build';

const PERIOD = { from: '2026-06-01T00:00:00.000Z', to: '2026-06-30T23:59:59.000Z' };
let revision = 0;
const at = (occurredAt: string, event: CaseEvent): ExportedEvent => ({
  stream: `case-${CASE_ID}`,
  revision: revision++,
  id: id(100 + revision),
  type: event.type,
  inRange: true,
  entryKinds: [],
  data: event.data,
  metadata: {
    occurredAt,
    recordedAt: occurredAt,
    actor: { id: 'alice', role: 'social-worker' },
    prevHash: '0'.repeat(64),
    hash: `${revision}`.padStart(64, 'a'),
  },
});
const contact = (text: string, kind: 'fact' | 'statement' | 'evaluation'): CaseEvent => ({
  type: 'ContactRecorded',
  data: {
    caseId: CASE_ID,
    contactId: id(1),
    kind: 'interview',
    participants: [],
    entries: [
      kind === 'fact' ? { kind, text } : kind === 'statement' ? { kind, text, statedBy: 'madre' } : { kind, text, method: 'osservazione' },
    ],
  },
});
const draftOf = (events: ExportedEvent[], deadlines: CaseDeadline[] = []) =>
  buildReportDraft({
    caseId: CASE_ID,
    familyId: FAMILY_ID,
    minor: { id: MINOR_ID },
    period: PERIOD,
    generatedAt: '2026-07-01T08:00:00.000Z',
    generatedBy: { id: 'clerk', role: 'court-liaison' },
    events,
    deadlines,
  });

describe('a report draft for the judge (art. 473-bis.27 c.p.c.)', () => {
  beforeEach(() => (revision = 0));

  it('keeps facts, statements and evaluations of the period apart, and leaves out what happened outside it', () => {
    const draft = draftOf([
      at('2026-05-01T10:00:00Z', caseOpened()),
      at('2026-05-20T10:00:00Z', contact('prima del periodo', 'fact')),
      at('2026-06-05T10:00:00Z', contact('la casa è fredda', 'fact')),
      at('2026-06-06T10:00:00Z', contact('non ce la faccio', 'statement')),
      at('2026-06-07T10:00:00Z', contact('legame buono', 'evaluation')),
      at('2026-07-02T10:00:00Z', contact('dopo il periodo', 'fact')),
    ]);
    expect(draft.facts.map((e) => e.text)).toEqual(['la casa è fredda']);
    expect(draft.statements).toEqual([expect.objectContaining({ text: 'non ce la faccio', statedBy: 'madre' })]);
    expect(draft.evaluations).toEqual([expect.objectContaining({ text: 'legame buono', method: 'osservazione' })]);
    expect(draft).toMatchObject({ headRevision: 5, headHash: '6'.padStart(64, 'a') });
  });

  it('lists measures in force or changed in the period with their latest step, and hearings of the period', () => {
    const measureId = id(20);
    const draft = draftOf([
      at('2026-05-01T10:00:00Z', caseOpened()),
      at('2026-05-10T10:00:00Z', {
        type: 'ProtectionMeasureProposed',
        data: { caseId: CASE_ID, measureId, kind: 'foster-care', reason: 'r' },
      }),
      at('2026-06-10T10:00:00Z', {
        type: 'ProtectionMeasureOrdered',
        data: {
          caseId: CASE_ID,
          measureId,
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '7',
          decreeDate: '2026-06-09',
          legalBasis: 'art-333-cc',
        },
      }),
      at('2026-06-12T10:00:00Z', {
        type: 'CourtHearingScheduled',
        data: { caseId: CASE_ID, hearingId: id(30), authority: 'tribunale-per-i-minorenni', hearingDate: '2026-09-15' },
      }),
    ]);
    expect(draft.measures).toEqual([
      { measureId, label: expect.stringContaining('Misura di protezione disposta'), status: 'disposta', since: '2026-06-10T10:00:00.000Z' },
    ]);
    expect(draft.hearings).toEqual([{ hearingId: id(30), label: expect.stringContaining('Udienza'), hearingDate: '2026-09-15' }]);
  });

  it('says where a placing measure put the child, and keeps saying it through its later steps', () => {
    const placementId = id(21);
    const draft = draftOf([
      at('2026-05-01T10:00:00Z', caseOpened()),
      at('2026-06-01T22:00:00Z', {
        type: 'EmergencyPlacementMade',
        data: {
          caseId: CASE_ID,
          placementId,
          placedAt: '2026-06-01T22:00:00Z',
          placeKind: 'mother-child-community',
          reason: 'r',
          placedWith: { kind: 'facility', facilityId: id(80), name: 'Casa Aurora' },
          withParent: { memberId: id(81), name: 'Maria Esposito' },
        },
      }),
      at('2026-06-02T10:00:00Z', {
        type: 'EmergencyPlacementNotified',
        data: { caseId: CASE_ID, placementId, authority: 'procura-presso-il-tm', notifiedAt: '2026-06-02T10:00:00Z' },
      }),
    ]);
    expect(draft.measures).toEqual([
      expect.objectContaining({
        measureId: placementId,
        status: 'atti trasmessi al PM',
        placedWith: 'collocato presso Casa Aurora, con il genitore Maria Esposito',
      }),
    ]);
  });

  it('shows deadlines met, open and lapsed in the period, never cancelled ones', () => {
    const deadline = (label: string, dueAt: string, status: CaseDeadline['status'], metAt: string | null = null): CaseDeadline => ({
      label,
      dueAt,
      status,
      metAt,
    });
    const draft = draftOf(
      [at('2026-05-01T10:00:00Z', caseOpened())],
      [
        deadline('met in period', '2026-06-10T00:00:00Z', 'met', '2026-06-09T00:00:00Z'),
        deadline('lapsed in period', '2026-06-20T00:00:00Z', 'lapsed'),
        deadline('open later', '2026-09-01T00:00:00Z', 'open'),
        deadline('met long before', '2026-01-01T00:00:00Z', 'met', '2026-01-01T00:00:00Z'),
        deadline('cancelled', '2026-06-15T00:00:00Z', 'cancelled'),
      ],
    );
    expect(draft.deadlines.map((d) => [d.label, d.status])).toEqual([
      ['met in period', 'met'],
      ['lapsed in period', 'lapsed'],
      ['open later', 'open'],
    ]);
  });
});
