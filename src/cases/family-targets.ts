import { InvalidInputError } from '../common/domain-error';
import { CaseFacts } from './case.command';

/**
 * Work with the parent in difficulty: interventions, parent goals and contacts may name people of the case's
 * family. Each must be a current member of the household the case belongs to, and for work aimed at them, an adult.
 */
export const assertFamilyPeople = (personIds: readonly string[], facts: CaseFacts, adultsOnly: boolean): void => {
  for (const personId of personIds) {
    const member = facts.family?.members.find((m) => m.id === personId);
    if (!member) {
      throw new InvalidInputError('TARGET_NOT_IN_FAMILY', `Person ${personId} is not a current member of the case's household`, {
        personId,
      });
    }
    if (adultsOnly && member.role === 'minor') {
      throw new InvalidInputError('TARGET_NOT_ADULT', `Person ${personId} is a minor: this work is for an adult of the family`, {
        personId,
      });
    }
  }
};
