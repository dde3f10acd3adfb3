import { Decider, defineStreamKind, unhandled } from '../../common/decider';
import { FacilityEvent } from './facility.events';
import { FacilityCommand, changeFacilityCapacity, closeFacility, registerFacility } from './facilities.decide';
import { FacilityState, evolveFacility, initialFacilityState } from './facilities.evolve';

export const facilityDecider: Decider<FacilityCommand, FacilityState, FacilityEvent> = {
  version: 1,
  initialState: initialFacilityState,
  evolve: evolveFacility,
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterFacility':
        return registerFacility(command, state);
      case 'ChangeFacilityCapacity':
        return changeFacilityCapacity(command, state);
      case 'CloseFacility':
        return closeFacility(command, state);
      default:
        return unhandled(command);
    }
  },
};

/** Facilities are service-wide records: the route's roles decide who may act, not the stream. */
export const facilityKind = defineStreamKind({ name: 'facility', decider: facilityDecider });
