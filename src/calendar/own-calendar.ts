import { Request } from 'express';
import { Principal } from '../auth/roles';
import { DomainError } from '../common/domain-error';

/** A worker's feed token and reminder address are theirs alone: not even a coordinator sets another's. */
export const assertOwnCalendar = (principal: Principal, workerId: string): void => {
  if (principal.id !== workerId)
    throw new DomainError('NOT_YOUR_CALENDAR', 'Only the worker may manage their own calendar and reminders', 403);
};

/** Where links point: PUBLIC_BASE_URL, else the origin the request came to. */
export const baseUrlOf = (configured: string | undefined, request: Request): string =>
  configured ?? `${request.protocol}://${request.get('host')}`;
