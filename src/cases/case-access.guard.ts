import { CanActivate, ExecutionContext, Injectable, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { seesOnlyOwnCases } from '../auth/roles';
import { isUuid } from '../common/ids';
import { DomainError } from '../common/domain-error';
import { EventLog } from '../event-store/event-log';
import { caseStream } from './case.stream';

export class NotOnCaseTeamError extends DomainError {
  constructor(caseId: string) {
    super('NOT_ON_CASE_TEAM', `Only the team of case ${caseId}, whoever opened it, and coordinators may work on it`, 403, { caseId });
  }
}

/** Who may see and act on one case, from its own stream: the opener, current team members, the case manager. */
export const caseParticipants = async (log: EventLog, caseId: string): Promise<Set<string>> => {
  const participants = new Set<string>();
  for (const event of await log.readStreamToArray(caseStream(caseId))) {
    const data = event.data as { workerId?: string };
    if (event.type === 'CaseOpened') participants.add(String((event.metadata.actor as { id: string }).id));
    if (event.type === 'TeamMemberAssigned' || event.type === 'CaseManagerChanged') participants.add(data.workerId!);
    if (event.type === 'TeamMemberReleased') participants.delete(data.workerId!);
  }
  return participants;
};

/**
 * Children's records are need-to-know: a social worker, psychologist or educator reaches a case only as its
 * opener or a member of its team; coordinators and court liaison reach every case of the service.
 * An unknown case passes here and is answered 404 by the handler.
 */
@Injectable()
export class CaseAccessGuard implements CanActivate {
  constructor(private readonly log: EventLog) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const caseId = typeof request.params?.caseId === 'string' ? request.params.caseId : undefined;
    const principal = request.principal;
    if (!caseId || !principal || !seesOnlyOwnCases(principal)) return true;
    if (!isUuid(caseId)) return true; // the UUID pipe answers 400
    const participants = await caseParticipants(this.log, caseId);
    if (participants.size === 0 || participants.has(principal.id)) return true;
    throw new NotOnCaseTeamError(caseId);
  }
}

/** On a controller whose routes take :caseId. */
export const CaseAccess = () =>
  applyDecorators(UseGuards(CaseAccessGuard), ApiResponse({ status: 403, description: 'NOT_ON_CASE_TEAM: not on this case’s team' }));
