import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand, WorkerIdParam } from '../case.http';
import { AssignTeamMemberDto, ChangeCaseManagerDto, ReleaseTeamMemberDto } from './dto/team.dto';

/** Who is on the case: its members and the one case manager among them. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseTeamController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/team-members')
  @CaseCommand('Assign a worker to the team (TeamMemberAssigned)', { description: '409 TEAM_MEMBER_ALREADY_ASSIGNED.' })
  async assignTeamMember(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, workerId, name, role }: AssignTeamMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'AssignTeamMember', caseId, workerId, name, role, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/team-members/:workerId/release')
  @CaseCommand('Release a worker from the team (TeamMemberReleased); releasing the manager leaves the case without one', {
    description: '404 TEAM_MEMBER_NOT_FOUND.',
  })
  async releaseTeamMember(
    @Param('caseId', UuidParam) caseId: string,
    @Param('workerId', WorkerIdParam) workerId: string,
    @Body() { occurredAt }: ReleaseTeamMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ReleaseTeamMember', caseId, workerId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/case-manager')
  @CaseCommand('Name the case manager among the team (CaseManagerChanged)', {
    description: '409 CASE_MANAGER_NOT_A_MEMBER, CASE_MANAGER_UNCHANGED.',
  })
  async changeCaseManager(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, workerId }: ChangeCaseManagerDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ChangeCaseManager', caseId, workerId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
