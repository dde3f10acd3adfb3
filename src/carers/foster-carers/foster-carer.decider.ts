import { Decider, defineStreamKind, unhandled } from '../../common/decider';
import { FosterCarerEvent } from './foster-carer.events';
import {
  FosterCarerCommand,
  FosterCarerFacts,
  changeFosterAvailability,
  registerFosterCarer,
  withdrawFosterCarer,
} from './foster-carers.decide';
import { FosterCarerState, evolveFosterCarer, initialFosterCarerState } from './foster-carers.evolve';

export const fosterCarerDecider: Decider<FosterCarerCommand, FosterCarerState, FosterCarerEvent, FosterCarerFacts> = {
  version: 1,
  initialState: initialFosterCarerState,
  evolve: evolveFosterCarer,
  decide: (command, state, context) => {
    switch (command.type) {
      case 'RegisterFosterCarer':
        return registerFosterCarer(command, state, context);
      case 'ChangeFosterAvailability':
        return changeFosterAvailability(command, state);
      case 'WithdrawFosterCarer':
        return withdrawFosterCarer(command, state);
      default:
        return unhandled(command);
    }
  },
};

/** Foster carers are service-wide records: the route's roles decide who may act, not the stream. */
export const fosterCarerKind = defineStreamKind({ name: 'foster-carer', decider: fosterCarerDecider });
