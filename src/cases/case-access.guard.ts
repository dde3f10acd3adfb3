import { CanActivate, ExecutionContext, Inject, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { seesOnlyOwnCases } from '../auth/roles';
import { CLOCK, Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { Streams } from '../common/send-command';
import { authorizeReadOnCase, caseKind } from './case.decider';
import { LoadedCase } from './case.queries';
import { CASE_COMMAND } from './case.http';

export { NotOnCaseTeamError } from './case.errors';

/** A request the guard has read the case for: a route answering the case now may use that read instead of another. */
export type CaseReadRequest = AuthenticatedRequest & { caseReadByGuard?: LoadedCase };

/** The case as this request's guard read it, if it read one that exists. */
export const caseReadByGuard = (request: CaseReadRequest): LoadedCase | undefined => request.caseReadByGuard;

/**
 * Children's records are need-to-know: a social worker, psychologist or educator reaches a case only as its
 * opener or a member of its team, or to read it while a coordinator's break-glass grant runs (compared with the clock
 * here, so it expires by itself); coordinators and court liaison reach every case of the service.
 * Case commands are authorized by the command engine on the state it folds anyway (caseKind.authorize), so this
 * guard skips them. An unknown case passes here and is answered 404 by the handler.
 */
@Injectable()
export class CaseAccessGuard implements CanActivate {
  constructor(
    private readonly streams: Streams,
    private readonly reflector: Reflector,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.get<boolean>(CASE_COMMAND, context.getHandler())) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caseId = typeof request.params?.caseId === 'string' ? request.params.caseId : undefined;
    const principal = request.principal;
    if (!caseId || !principal || !seesOnlyOwnCases(principal)) return true;
    if (!isUuid(caseId)) return true; // the UUID pipe answers 400
    const { state, revision } = await this.streams.load(caseKind, caseId);
    if (state.status === 'none' || revision === undefined) return true;
    authorizeReadOnCase(state, principal, this.clock());
    (request as CaseReadRequest).caseReadByGuard = { state, revision };
    return true;
  }
}

/** On a controller whose routes take :caseId. */
export const CaseAccess = () =>
  applyDecorators(UseGuards(CaseAccessGuard), ApiResponse({ status: 403, description: 'NOT_ON_CASE_TEAM: not on this case’s team' }));
