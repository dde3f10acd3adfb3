import { CanActivate, ExecutionContext, Inject, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { seesOnlyOwnCases } from '../auth/roles';
import { CLOCK, Clock } from '../common/clock';
import { isUuid } from '../common/ids';
import { keepGuardRead } from '../common/guard-reads';
import { Streams } from '../common/send-command';
import { authorizeReadOnCase, caseKind } from './case.decider';
import { CASE_COMMAND } from './case.http';

export { NotOnCaseTeamError } from './case.errors';

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
    const read = await this.streams.load(caseKind, caseId);
    if (read.state.status !== 'none') authorizeReadOnCase(read.state, principal, this.clock());
    keepGuardRead(request, caseKind, caseId, read);
    return true;
  }
}

/** On a controller whose routes take :caseId. */
export const CaseAccess = () =>
  applyDecorators(UseGuards(CaseAccessGuard), ApiResponse({ status: 403, description: 'NOT_ON_CASE_TEAM: not on this case’s team' }));
