import { Body, Controller, HttpCode, Param, Post, Res, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { ApiCommand } from '../../common/api-problems';
import { CommandResultDto, commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CASE_COMMAND, WorkerIdParam } from '../case.http';
import { GrantCaseAccessDto, RevokeCaseAccessDto } from './dto/access-grant.dto';

/** Break-glass: the head of service lets a worker off the team read a case for a few hours, with a reason on record. */
const GrantCommand = (summary: string, description: string) =>
  applyDecorators(
    SetMetadata(CASE_COMMAND, true),
    Roles('coordinator'),
    ApiOperation({ summary, description }),
    ApiCommand({ onExisting: true }),
    HttpCode(200),
    ApiOkResponse({ type: CommandResultDto }),
  );

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseAccessGrantsController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/access-grants')
  @GrantCommand(
    'Let a worker off the team read the case for up to 72 hours (CaseAccessGranted)',
    'Coordinators only. The worker may read the case (state, events, timeline, exports, report draft) until the grant ' +
      'expires or is revoked; commands stay with the team. 409 ACCESS_GRANT_NEEDLESS when the worker is already on the case.',
  )
  async grant(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { workerId, reason, hours }: GrantCaseAccessDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'GrantCaseAccess', caseId, workerId, reason, hours } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/access-grants/:workerId/revocation')
  @GrantCommand('End a worker’s break-glass grant before it expires (CaseAccessGrantRevoked)', '404 ACCESS_GRANT_NOT_FOUND.')
  async revoke(
    @Param('caseId', UuidParam) caseId: string,
    @Param('workerId', WorkerIdParam) workerId: string,
    @Body() { reason }: RevokeCaseAccessDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'RevokeCaseAccess', caseId, workerId, reason } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
