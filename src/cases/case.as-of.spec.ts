import { RecordedEvent } from '../event-store/event-store';
import { foldAsOf } from './case.as-of';
import { CaseEvent } from './case.events';
import { CASE_ID, aliceAssigned, caseOpened } from './testing/case.fixtures';

let revision = 0n;
const recorded = (event: { type: string; data: unknown }, occurredAt: string, recordedAt: string): RecordedEvent => ({
  ...event,
  id: `e${revision}`,
  stream: `case-${CASE_ID}`,
  revision: revision++,
  position: String(revision),
  metadata: { occurredAt, recordedAt, actor: { id: 'carla', role: 'coordinator' }, hash: 'h' },
});

const contactRecorded: CaseEvent = {
  type: 'ContactRecorded',
  data: { caseId: CASE_ID, contactId: 'c1', kind: 'home-visit', participants: [], entries: [] },
};

// The home visit of 3 March was only written up on 20 March: a late recording.
const stream: RecordedEvent[] = [
  recorded(caseOpened(), '2026-03-01T09:00:00Z', '2026-03-01T09:01:00Z'),
  recorded(aliceAssigned, '2026-03-02T09:00:00Z', '2026-03-02T09:00:05Z'),
  recorded(contactRecorded, '2026-03-03T16:00:00Z', '2026-03-20T11:00:00Z'),
  recorded({ type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'goals-met' } }, '2026-03-25T10:00:00Z', '2026-03-25T10:00:00Z'),
];
const asOf = async (at: string, axis: 'recorded' | 'occurred') => (await foldAsOf(stream, new Date(at), axis)).state;

describe('the case as of a date', () => {
  it('on the occurred axis, shows what was true: the visit had happened by 10 March', async () => {
    const state = await asOf('2026-03-10T00:00:00Z', 'occurred');
    expect(state.contactsCount).toBe(1);
    expect(state.lastContactAt).toBe('2026-03-03T16:00:00Z');
    expect(state.status).toBe('open');
  });

  it('on the recorded axis, shows what the service knew: on 10 March the visit was not yet written', async () => {
    const state = await asOf('2026-03-10T00:00:00Z', 'recorded');
    expect(state.contactsCount).toBe(0);
    expect(Object.keys(state.team)).toEqual(['alice']);
  });

  it('includes an event exactly at the as-of instant, and nothing before the case opened', async () => {
    expect((await asOf('2026-03-25T10:00:00Z', 'recorded')).status).toBe('closed');
    expect((await asOf('2026-02-01T00:00:00Z', 'occurred')).status).toBe('none');
  });

  it('dates the history from metadata, knows who opened the case, and skips event types that are not case facts', async () => {
    const accessed = recorded({ type: 'CaseAccessed', data: { caseId: CASE_ID } }, '2026-03-26T00:00:00Z', '2026-03-26T00:00:00Z');
    const { state, revision: last } = await foldAsOf([...stream, accessed], new Date('2026-04-01T00:00:00Z'), 'recorded');
    expect(state.openedBy).toBe('carla');
    expect(last).toBe(4n);
    expect(state.history).toEqual([
      { kind: 'opened', intakeKind: 'spontaneous', occurredAt: '2026-03-01T09:00:00Z' },
      { kind: 'closed', reason: 'goals-met', occurredAt: '2026-03-25T10:00:00Z' },
    ]);
  });
});
