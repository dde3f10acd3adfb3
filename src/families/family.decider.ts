import { Decider, defineStreamKind, unhandled } from '../common/decider';
import {
  FamilyCommand,
  addFamilyMember,
  correctFamilyMember,
  endRelation,
  recordRelation,
  registerFamily,
  removeFamilyMember,
} from './family.decide';
import { FamilyEvent } from './family.events';
import { FamilyState, evolveFamily, initialFamilyState } from './family.state';

export const familyDecider: Decider<FamilyCommand, FamilyState, FamilyEvent> = {
  // 2: the state keeps who registered the household. 3: and its relations.
  version: 3,
  initialState: initialFamilyState,
  evolve: evolveFamily,
  decide: (command, state, { now }) => {
    switch (command.type) {
      case 'RegisterFamily':
        return registerFamily(command, state);
      case 'AddFamilyMember':
        return addFamilyMember(command, state, now);
      case 'CorrectFamilyMember':
        return correctFamilyMember(command, state, now);
      case 'RemoveFamilyMember':
        return removeFamilyMember(command, state);
      case 'RecordRelation':
        return recordRelation(command, state, now);
      case 'EndRelation':
        return endRelation(command, state);
      default:
        return unhandled(command);
    }
  },
};

/** Who may act on a household needs the caseload read model, so FamilyAccessGuard decides it over HTTP. */
export const familyKind = defineStreamKind({ name: 'family', decider: familyDecider });
