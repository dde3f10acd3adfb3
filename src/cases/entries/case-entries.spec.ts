import { RecordedEvent } from '../../event-store/event-store';
import { caseEntries } from './case-entries';

let revision = 0;
const event = (type: string, data: object, occurredAt: string): RecordedEvent => ({
  id: `e${revision}`,
  stream: 'case-c',
  revision: BigInt(revision++),
  position: String(revision),
  type,
  data,
  metadata: { occurredAt, actor: { id: 'w', role: 'psychologist' }, correlationId: 'c', causationId: 'c' },
});

const seal = 'ab'.repeat(16);
const events = [
  event('AssessmentStarted', { caseId: 'c', assessmentId: 'a1', discipline: 'psychological' }, '2026-03-01T09:00:00Z'),
  event('AssessmentStarted', { caseId: 'c', assessmentId: 'a2', discipline: 'social' }, '2026-03-01T09:00:00Z'),
  event(
    'AssessmentEntryRecorded',
    {
      caseId: 'c',
      assessmentId: 'a1',
      entry: { kind: 'evaluation', method: 'test', text: 'clinico', restrictedTo: 'psychological', seal },
    },
    '2026-03-02T09:00:00Z',
  ),
  event('AssessmentEntryRecorded', { caseId: 'c', assessmentId: 'a2', entry: { kind: 'fact', text: 'casa' } }, '2026-03-03T09:00:00Z'),
  event(
    'ContactRecorded',
    { caseId: 'c', contactId: 'k', kind: 'call', participants: [], entries: [{ kind: 'statement', statedBy: 'madre', text: 'bene' }] },
    '2026-03-04T09:00:00Z',
  ),
];

describe('the narrative entries of a case', () => {
  it('lists every entry in stream order with where it comes from and its assessment discipline', () => {
    expect(caseEntries(events, 'psychologist', {}).map((e) => [e.eventType, e.kind, e.text, e.discipline])).toEqual([
      ['AssessmentEntryRecorded', 'evaluation', 'clinico', 'psychological'],
      ['AssessmentEntryRecorded', 'fact', 'casa', 'social'],
      ['ContactRecorded', 'statement', 'bene', undefined],
    ]);
  });

  it('filters by kind, discipline and when the entry occurred', () => {
    expect(caseEntries(events, 'psychologist', { kind: 'statement' }).map((e) => e.text)).toEqual(['bene']);
    expect(caseEntries(events, 'psychologist', { discipline: 'social' }).map((e) => e.text)).toEqual(['casa']);
    expect(
      caseEntries(events, 'psychologist', { from: '2026-03-03T00:00:00.000Z', to: '2026-03-03T23:59:59.000Z' }).map((e) => e.text),
    ).toEqual(['casa']);
  });

  it('withholds a restricted text from another discipline, giving its digest', () => {
    const [restricted] = caseEntries(events, 'social-worker', { discipline: 'psychological' });
    expect(restricted).toEqual(
      expect.objectContaining({ kind: 'evaluation', restrictedTo: 'psychological', textDigest: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    );
    expect(restricted.text).toBeUndefined();
  });
});
