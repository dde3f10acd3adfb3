import { Decider, defineStreamKind, unhandled } from '../common/decider';
import { PersonCommand, correctPerson, mergePerson, registerPerson } from './person.decide';
import { PersonEvent } from './person.events';
import { PersonState, evolvePerson, initialPersonState } from './person.evolve';

export const personDecider: Decider<PersonCommand, PersonState, PersonEvent> = {
  version: 1,
  initialState: initialPersonState,
  evolve: evolvePerson,
  decide: (command, state, { now }) => {
    switch (command.type) {
      case 'RegisterPerson':
        return registerPerson(command, state, now);
      case 'CorrectPerson':
        return correctPerson(command, state, now);
      case 'MergePerson':
        return mergePerson(command, state);
      default:
        return unhandled(command);
    }
  },
};

/** The person registry is service-wide: the route's roles decide who may act, not the stream. */
export const personKind = defineStreamKind({ name: 'person', decider: personDecider });
