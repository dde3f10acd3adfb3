import { DomainError, InvalidInputError, NotFoundError } from '../common/domain-error';

/** Stable codes of households; clients switch on `code`, never on `detail`. */
export const familyNotFound = (familyId: string) => new NotFoundError('Family', familyId);
export const familyAlreadyRegistered = (familyId: string) =>
  new DomainError('FAMILY_ALREADY_REGISTERED', `Family ${familyId} is already registered`);
export const memberNotFound = (memberId: string) => new NotFoundError('Member', memberId);
export const birthDateInFuture = (birthDate: string) =>
  new InvalidInputError('BIRTH_DATE_IN_FUTURE', `Birth date ${birthDate} is in the future`);
export const invalidFiscalCode = () =>
  new InvalidInputError('INVALID_FISCAL_CODE', 'The fiscal code is not valid (shape or check character)');
export const fiscalCodeAlreadyInFamily = (holderId: string) =>
  new DomainError('FISCAL_CODE_ALREADY_IN_FAMILY', 'Another member of this family has this fiscal code', 409, { memberId: holderId });
export const nothingToCorrect = () => new InvalidInputError('NOTHING_TO_CORRECT', 'The correction changes no detail of the member');

export class FamilyNotVisibleError extends DomainError {
  constructor(familyId: string) {
    super('FAMILY_NOT_VISIBLE', `Household ${familyId} is reachable only through a case you work on, or by whoever registered it`, 403, {
      familyId,
    });
  }
}
export const alreadyMember = (memberId: string) =>
  new DomainError('ALREADY_A_MEMBER', `Person ${memberId} is already a member of this household`, 409, { memberId });
export const relationOutsideHousehold = (personId: string) =>
  new InvalidInputError('RELATION_OUTSIDE_HOUSEHOLD', `Person ${personId} is not a current member of this household`, { personId });
export const relationToSelf = () => new InvalidInputError('RELATION_TO_SELF', 'A relation needs two different people');
export const relationDetailsMismatch = (detail: string) => new InvalidInputError('RELATION_DETAILS_INVALID', detail);
export const relationAlreadyRecorded = (relationId: string) =>
  new DomainError('RELATION_ALREADY_RECORDED', 'The same relation between these people is already current', 409, { relationId });
export const relationNotFound = (relationId: string) => new NotFoundError('Relation', relationId);
export const relationAlreadyEnded = (relationId: string) =>
  new DomainError('RELATION_ALREADY_ENDED', `Relation ${relationId} has already ended`, 409, { relationId });
export const relationEndsBeforeStart = () => new InvalidInputError('RELATION_ENDS_BEFORE_START', 'A relation cannot end before it started');
