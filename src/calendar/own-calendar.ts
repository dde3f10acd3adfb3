import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Request } from 'express';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { DomainError } from '../common/domain-error';
import { WorkerIdParam } from '../projections/caseload/worker-id-param';

/**
 * A worker's feed token and reminder address are theirs alone: not even a coordinator sets another's.
 * A guard, so the refusal comes before the body is validated: whose calendar it is does not depend on the body.
 */
@Injectable()
export class OwnCalendarGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const workerId = new WorkerIdParam().transform(String(request.params.workerId));
    if (request.principal?.id !== workerId) {
      throw new DomainError('NOT_YOUR_CALENDAR', 'Only the worker may manage their own calendar and reminders', 403);
    }
    return true;
  }
}

/** Where links point: PUBLIC_BASE_URL, else the origin the request came to. */
export const baseUrlOf = (configured: string | undefined, request: Request): string =>
  configured ?? `${request.protocol}://${request.get('host')}`;
