import { DomainError, InvalidInputError, NotFoundError } from '../common/domain-error';

/** A likely duplicate, with what the client needs to link it instead, or to confirm a new person. */
export interface DuplicateCandidate {
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  fiscalCode: string | null;
  /** Why it is a candidate: the same fiscal code, or close names with the same birth date. */
  match: 'fiscal-code' | 'name-and-birth-date';
  households: string[];
}

/** Stable codes of the person registry; clients switch on `code`, never on `detail`. */
export const personNotFound = (personId: string) => new NotFoundError('Person', personId);
export const personAlreadyRegistered = (personId: string) =>
  new DomainError('PERSON_ALREADY_REGISTERED', `Person ${personId} is already registered`);
export const personMerged = (personId: string, into: string) =>
  new DomainError('PERSON_MERGED', `Person ${personId} was merged into ${into}: use that record`, 409, { personId, into });
export const fiscalCodeAlreadyRegistered = (candidates: DuplicateCandidate[]) =>
  new DomainError('FISCAL_CODE_ALREADY_REGISTERED', 'A person with this fiscal code is already registered: link that person', 409, {
    candidates,
  });
export const possibleDuplicate = (candidates: DuplicateCandidate[]) =>
  new DomainError(
    'PERSON_POSSIBLE_DUPLICATE',
    'People with close names and the same birth date are registered: link one (personId) or confirm a new person (confirmNewPerson)',
    409,
    { candidates },
  );
export const mergeIntoItself = () => new InvalidInputError('MERGE_INTO_ITSELF', 'A person cannot be merged into itself');
export const mergeTargetUnknown = (into: string) =>
  new DomainError('MERGE_TARGET_NOT_FOUND', `Person ${into} does not exist or was itself merged`, 409, { into });
export const nothingToCorrect = () => new InvalidInputError('NOTHING_TO_CORRECT', 'The correction changes no detail of the person');
