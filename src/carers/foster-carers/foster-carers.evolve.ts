import { EventMeta } from '../../common/decider';
import { Carer, FosterAvailability, FosterCarerEvent } from './foster-carer.events';

export interface FosterCarerState {
  exists: boolean;
  fosterCarerId?: string;
  familyId?: string;
  carers: Carer[];
  availability?: FosterAvailability;
  assessedOn?: string;
  active: boolean;
  withdrawnOn?: string;
}

export const initialFosterCarerState: FosterCarerState = { exists: false, carers: [], active: false };

export const evolveFosterCarer = (state: FosterCarerState, event: FosterCarerEvent, _meta: EventMeta): FosterCarerState => {
  switch (event.type) {
    case 'FosterCarerRegistered':
      return { exists: true, ...event.data, active: true };
    case 'FosterCarerAvailabilityChanged':
      return { ...state, availability: event.data.availability };
    case 'FosterCarerWithdrawn':
      return { ...state, active: false, withdrawnOn: event.data.withdrawnOn };
    default:
      return state;
  }
};
