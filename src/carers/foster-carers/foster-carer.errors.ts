import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of the foster carers registry; clients switch on `code`, never on `detail`. */
export const fosterCarerNotFound = (fosterCarerId: string) => new NotFoundError('Foster carer', fosterCarerId);
export const fosterCarerAlreadyRegistered = (fosterCarerId: string) =>
  new DomainError('FOSTER_CARER_ALREADY_REGISTERED', `Foster carer ${fosterCarerId} is already registered`, 409, { fosterCarerId });
export const fosterCarerWithdrawn = (fosterCarerId: string) =>
  new DomainError('FOSTER_CARER_WITHDRAWN', `Foster carer ${fosterCarerId} has withdrawn`, 409, { fosterCarerId });
export const carerNotInFamily = (memberId: string, familyId: string) =>
  new DomainError('CARER_NOT_IN_FAMILY', `person ${memberId} is not a member of family ${familyId}`, 409, { memberId, familyId });
export const carerIsAMinor = (memberId: string) =>
  new DomainError('CARER_IS_A_MINOR', `family member ${memberId} is a minor: only adults of the household are carers`, 409, { memberId });
export const availabilityUnchanged = () => new DomainError('AVAILABILITY_UNCHANGED', 'The availability is the one already recorded', 409);
