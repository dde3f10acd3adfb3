import { createHash } from 'node:crypto';
import { AuditTrailHeader, EventSource, ExportedEvent } from '../../audit-trail.types';

export const CASE_ID = '7c1d2a9e-5b4f-4e8a-9d3c-1f2e3a4b5c6d';
export const FAMILY_ID = '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d';

const hex = (seed: string): string => createHash('sha256').update(seed).digest('hex');
const uuid = (seed: string): string => {
  const h = hex(seed);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/** About 300 bytes of data each, with accented Italian and, one event in three, narrative entries. */
const dataOf = (revision: number, type: string): unknown => {
  if (type === 'ContactRecorded') {
    return {
      caseId: CASE_ID,
      contactId: uuid(`contact-${revision}`),
      kind: 'home-visit',
      participants: ['madre', 'Alice Rossi'],
      entries: [
        { kind: 'fact', text: `Visita n. ${revision}: la casa è in ordine, il bambino è tornato da scuola alle 13.` },
        { kind: 'statement', statedBy: 'madre', text: 'Dice che la settimana è andata più o meno bene e che il papà non è venuto.' },
        {
          kind: 'evaluation',
          method: 'osservazione diretta',
          text: 'Relazione affettuosa; si osserva però qualche difficoltà nella routine serale.',
        },
      ],
    };
  }
  if (type === 'AssessmentEntryRecorded') {
    const entry = { kind: 'statement', statedBy: 'insegnante', text: 'Frequenza regolare, più sereno.' };
    return { caseId: CASE_ID, assessmentId: uuid(`assessment-${revision}`), entry };
  }
  return {
    caseId: CASE_ID,
    measureId: uuid(`measure-${revision}`),
    kind: 'home-educational-support',
    legalBasis: 'l184-art4-consensual-affido',
    reason: 'Sostegno educativo domiciliare per la gestione della routine e dei compiti; verifica trimestrale con la scuola e il servizio.',
  };
};

const TYPES = ['ContactRecorded', 'ProtectionMeasureProposed', 'AssessmentEntryRecorded'];

export const syntheticEvent = (revision: number): ExportedEvent => {
  const type = TYPES[revision % TYPES.length];
  const at = new Date(Date.UTC(2024, 0, 1) + revision * 3_600_000).toISOString();
  return {
    stream: revision % 10 === 9 ? `family-${FAMILY_ID}` : `case-${CASE_ID}`,
    revision,
    id: uuid(`event-${revision}`),
    type,
    inRange: true,
    entryKinds: [],
    data: dataOf(revision, type),
    metadata: {
      occurredAt: at,
      recordedAt: at,
      actor: { id: 'alice.rossi', role: 'social-worker' },
      schemaVersion: 1,
      prevHash: revision === 0 ? '0'.repeat(64) : hex(`hash-${revision - 1}`),
      hash: hex(`hash-${revision}`),
    },
  };
};

/** A lazily generated case: every call streams the events again and nothing is kept; onEvent lets a test sample. */
export const syntheticSource = (count: number, onEvent: (revision: number) => void = () => undefined): EventSource =>
  async function* () {
    for (let revision = 0; revision < count; revision++) {
      onEvent(revision);
      yield syntheticEvent(revision);
    }
  };

export const headerFor = (eventCount: number, overrides: Partial<AuditTrailHeader> = {}): AuditTrailHeader => ({
  caseId: CASE_ID,
  familyId: FAMILY_ID,
  minor: { id: uuid('minor'), name: 'Niccolò Esposito', birthDate: '2016-05-14' },
  familyMunicipality: 'Forlì',
  range: { axis: 'recorded', from: '2024-01-01T00:00:00.000Z', to: null },
  exportedBy: { id: 'giulia.bianchi', role: 'court-liaison', name: 'Giulia Bianchi' },
  exportedAt: '2026-03-02T09:15:00.000Z',
  digest: hex('digest'),
  headHash: hex(`hash-${eventCount - 1}`),
  headRevision: eventCount - 1,
  eventCount,
  ...overrides,
});

/** A fixed list as a source, for the content tests. */
export const sourceOf = (events: ExportedEvent[]): EventSource =>
  async function* () {
    yield* events;
  };
