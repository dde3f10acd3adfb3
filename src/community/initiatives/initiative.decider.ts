import { Decider, defineStreamKind, unhandled } from '../../common/decider';
import { InitiativeEvent } from './initiative.events';
import { InitiativeCommand, InitiativeFacts, cancelInitiative, holdInitiative, planInitiative } from './initiatives.decide';
import { InitiativeState, evolveInitiative, initialInitiativeState } from './initiatives.evolve';

export const initiativeDecider: Decider<InitiativeCommand, InitiativeState, InitiativeEvent, InitiativeFacts> = {
  version: 1,
  initialState: initialInitiativeState,
  evolve: evolveInitiative,
  decide: (command, state, { facts, now }) => {
    switch (command.type) {
      case 'PlanInitiative':
        return planInitiative(command, state, facts ?? {});
      case 'HoldInitiative':
        return holdInitiative(command, state, now);
      case 'CancelInitiative':
        return cancelInitiative(command, state);
      default:
        return unhandled(command);
    }
  },
};

export const initiativeKind = defineStreamKind({ name: 'initiative', decider: initiativeDecider });
