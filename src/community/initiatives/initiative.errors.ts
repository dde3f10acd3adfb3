import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of initiatives; clients switch on `code`, never on `detail`. */
export const initiativeNotFound = (initiativeId: string) => new NotFoundError('Initiative', initiativeId);
export const initiativeAlreadyPlanned = (initiativeId: string) =>
  new DomainError('INITIATIVE_ALREADY_PLANNED', `Initiative ${initiativeId} is already planned`);
export const initiativeCancelled = (initiativeId: string) =>
  new DomainError('INITIATIVE_CANCELLED', `Initiative ${initiativeId} was cancelled`, 409, { initiativeId });
export const initiativeAlreadyHeld = (initiativeId: string) =>
  new DomainError('INITIATIVE_ALREADY_HELD', `Initiative ${initiativeId} was already held`, 409, { initiativeId });
export const initiativeNotYetDue = (scheduledAt: string) =>
  new DomainError('INITIATIVE_NOT_YET_DUE', `The initiative is scheduled for ${scheduledAt}: it cannot have been held before`, 409, {
    scheduledAt,
  });
