import { CaseEvent } from '../case.events';

/** The hearings of the child by the service: when, for the hearing-id check and the case view. */
export interface ChildHearingSlice {
  childHearings: Record<string, { heardAt: string }>;
}

export const initialChildHearings: ChildHearingSlice = { childHearings: {} };

export const evolveChildHearings = <S extends ChildHearingSlice>(state: S, event: CaseEvent): S =>
  event.type === 'ChildHeard'
    ? { ...state, childHearings: { ...state.childHearings, [event.data.hearingId]: { heardAt: event.data.heardAt } } }
    : state;
