import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of the facilities registry; clients switch on `code`, never on `detail`. */
export const facilityNotFound = (facilityId: string) => new NotFoundError('Facility', facilityId);
export const facilityAlreadyRegistered = (facilityId: string) =>
  new DomainError('FACILITY_ALREADY_REGISTERED', `Facility ${facilityId} is already registered`, 409, { facilityId });
export const facilityClosed = (facilityId: string) =>
  new DomainError('FACILITY_CLOSED', `Facility ${facilityId} is closed`, 409, { facilityId });
export const capacityUnchanged = (capacity: number) =>
  new DomainError('CAPACITY_UNCHANGED', `The capacity is already ${capacity}`, 409, { capacity });
