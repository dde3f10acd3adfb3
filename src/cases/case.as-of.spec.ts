import { RecordedCaseEvent, foldAsOf, foldCase } from './case.as-of';
import { CaseEvent } from './case.events';
import { CASE_ID, aliceAssigned, caseOpened } from './testing/case.fixtures';

const recorded = (event: CaseEvent, occurredAt: string, recordedAt: string): RecordedCaseEvent => ({
  ...event,
  metadata: { occurredAt, recordedAt },
});

// The home visit of 3 March was only written up on 20 March: a late recording.
const stream: RecordedCaseEvent[] = [
  recorded(caseOpened(), '2026-03-01T09:00:00Z', '2026-03-01T09:01:00Z'),
  recorded(aliceAssigned, '2026-03-02T09:00:00Z', '2026-03-02T09:00:05Z'),
  recorded(
    { type: 'ContactRecorded', data: { caseId: CASE_ID, contactId: 'c1', kind: 'home-visit', participants: [], entries: [] } },
    '2026-03-03T16:00:00Z',
    '2026-03-20T11:00:00Z',
  ),
  recorded({ type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'goals-met' } }, '2026-03-25T10:00:00Z', '2026-03-25T10:00:00Z'),
];

describe('the case as of a date', () => {
  it('on the occurred axis, shows what was true: the visit had happened by 10 March', () => {
    const state = foldAsOf(stream, new Date('2026-03-10T00:00:00Z'), 'occurred');
    expect(state.contactsCount).toBe(1);
    expect(state.lastContactAt).toBe('2026-03-03T16:00:00Z');
    expect(state.status).toBe('open');
  });

  it('on the recorded axis, shows what the service knew: on 10 March the visit was not yet written', () => {
    const state = foldAsOf(stream, new Date('2026-03-10T00:00:00Z'), 'recorded');
    expect(state.contactsCount).toBe(0);
    expect(Object.keys(state.team)).toEqual(['alice']);
  });

  it('includes an event exactly at the as-of instant, and nothing before the case opened', () => {
    expect(foldAsOf(stream, new Date('2026-03-25T10:00:00Z'), 'recorded').status).toBe('closed');
    expect(foldAsOf(stream, new Date('2026-02-01T00:00:00Z'), 'occurred').status).toBe('none');
  });

  it('dates the history from metadata and skips event types that are not case facts', () => {
    const accessed = { type: 'CaseAccessed', data: { caseId: CASE_ID }, metadata: { occurredAt: '2026-03-26T00:00:00Z', recordedAt: '2026-03-26T00:00:00Z' } };
    const state = foldCase([...stream, accessed]);
    expect(state.history).toEqual([
      { kind: 'opened', intakeKind: 'spontaneous', occurredAt: '2026-03-01T09:00:00Z' },
      { kind: 'closed', reason: 'goals-met', occurredAt: '2026-03-25T10:00:00Z' },
    ]);
  });
});
