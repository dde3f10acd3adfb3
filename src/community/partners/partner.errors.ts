import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of community partners; clients switch on `code`, never on `detail`. */
export const partnerNotFound = (partnerId: string) => new NotFoundError('Partner', partnerId);
export const partnerAlreadyRegistered = (partnerId: string) =>
  new DomainError('PARTNER_ALREADY_REGISTERED', `Partner ${partnerId} is already registered`);
export const partnerInactive = (partnerId: string) =>
  new DomainError('PARTNER_INACTIVE', `Partner ${partnerId} is deactivated`, 409, { partnerId });
export const partnerAlreadyActive = (partnerId: string) =>
  new DomainError('PARTNER_ALREADY_ACTIVE', `Partner ${partnerId} is already active`, 409, { partnerId });
export const contactUnchanged = () => new DomainError('CONTACT_UNCHANGED', 'The contact is the one already recorded', 409);
