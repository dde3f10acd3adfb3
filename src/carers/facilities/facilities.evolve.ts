import { EventMeta } from '../../common/decider';
import { Municipality } from '../../families/family.events';
import { FacilityAuthorisation, FacilityEvent, FacilityKind } from './facility.events';

export interface FacilityState {
  exists: boolean;
  facilityId?: string;
  name?: string;
  kind?: FacilityKind;
  capacity?: number;
  municipality?: Municipality;
  address?: string;
  authorisation?: FacilityAuthorisation;
  open: boolean;
  closedOn?: string;
}

export const initialFacilityState: FacilityState = { exists: false, open: false };

export const evolveFacility = (state: FacilityState, event: FacilityEvent, _meta: EventMeta): FacilityState => {
  switch (event.type) {
    case 'FacilityRegistered':
      return { exists: true, ...event.data, open: true };
    case 'FacilityCapacityChanged':
      return { ...state, capacity: event.data.capacity };
    case 'FacilityClosed':
      return { ...state, open: false, closedOn: event.data.closedOn };
    default:
      return state;
  }
};
