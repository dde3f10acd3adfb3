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
