import { foldOnto, metaOf, StreamState } from '../common/stream-state';
import { RecordedEvent } from '../event-store/event-store';
import { caseKind } from './case.decider';
import { CaseState, initialCaseState } from './case.state';

export type TimeAxis = 'recorded' | 'occurred';

const TIME_FIELD: Record<TimeAxis, 'recordedAt' | 'occurredAt'> = { recorded: 'recordedAt', occurred: 'occurredAt' };

/**
 * The case as of a date, on either axis (DESIGN §4):
 * 'recorded' answers what the service knew on that date, 'occurred' what was true on it.
 * Stream order is kept on both: it is the order in which the facts were decided. The fold is the commands' own.
 */
export const foldAsOf = (events: Iterable<RecordedEvent>, asOf: Date, axis: TimeAxis): Promise<StreamState<CaseState>> => {
  const limit = asOf.getTime();
  const known = [...events].filter((event) => Date.parse(metaOf(event)[TIME_FIELD[axis]]) <= limit);
  return foldOnto(caseKind, { state: initialCaseState, revision: undefined, headHash: undefined }, known);
};
