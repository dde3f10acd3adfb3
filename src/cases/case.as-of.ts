import { CaseEvent, isCaseEvent } from './case.events';
import { CaseState, evolve, initialCaseState } from './case.state';

/** A stored case event as the event store gives it back: the two time axes travel in metadata. */
export interface RecordedCaseEvent {
  type: string;
  data: unknown;
  metadata: { occurredAt: string; recordedAt: string };
}

export type TimeAxis = 'recorded' | 'occurred';

/** Folds a case stream in stream order; events of other types (e.g. CaseAccessed) leave the state as is. */
export const foldCase = (events: Iterable<RecordedCaseEvent>): CaseState => {
  let state = initialCaseState;
  for (const event of events) {
    if (isCaseEvent(event)) state = evolve(state, { type: event.type, data: event.data } as CaseEvent, event.metadata);
  }
  return state;
};

/**
 * The case as of a date, on either axis (DESIGN §4):
 * 'recorded' answers what the service knew on that date, 'occurred' what was true on it.
 * Stream order is kept on both: it is the order in which the facts were decided.
 */
export const foldAsOf = (events: Iterable<RecordedCaseEvent>, asOf: Date, axis: TimeAxis): CaseState => {
  const limit = asOf.getTime();
  const field = axis === 'recorded' ? 'recordedAt' : 'occurredAt';
  return foldCase([...events].filter((event) => Date.parse(event.metadata[field]) <= limit));
};
