import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_WRITERS } from '../../auth/roles';
import { ApiCommand, ApiProblems } from '../../common/api-problems';
import { CommandResultDto, commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand } from '../case.http';
import { CaseOpenings } from './case-openings';
import { CloseCaseDto, ReopenCaseDto } from './dto/closure.dto';
import { OpenCaseDto } from './dto/open-case.dto';
import { GrantProsieguoDto } from './dto/prosieguo.dto';

/** A case's life: opening (one open case per minor), prosieguo past 18, closure, reopening. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseLifecycleController {
  constructor(
    private readonly streams: Streams,
    private readonly openings: CaseOpenings,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'Open a case for a minor of a registered family (CaseOpened); id is the case id',
    description:
      'One open case per minor: 409 CASE_ALREADY_OPEN names it. 404 FAMILY_NOT_FOUND; 409 MINOR_NOT_IN_FAMILY, MEMBER_NOT_A_MINOR, MINOR_OVER_AGE_LIMIT, REQUESTER_NOT_ELIGIBLE.',
  })
  @ApiCommand({ onExisting: false })
  @ApiProblems(404)
  @ApiCreatedResponse({ type: CommandResultDto })
  async open(
    @Body() { familyId, minorId, intake, occurredAt }: OpenCaseDto,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ) {
    const caseId = randomUUID();
    const command = { type: 'OpenCase', caseId, familyId, minorId, intake, occurredAt } as const;
    return commandResult(res, await this.openings.open(command, context, { id: caseId, location: `/cases/${caseId}` }));
  }

  @Post(':caseId/prosieguo')
  @CaseCommand('Record a prosieguo amministrativo decree (ProsieguoAmministrativoGranted): the case may go on past 18, at most to 21', {
    description: 'Recordable after the 18th birthday; 409 PROSIEGUO_BEYOND_21.',
  })
  async grantProsieguo(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...decree }: GrantProsieguoDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'GrantProsieguo', ...decree, caseId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/closure')
  @CaseCommand('Close the case (CaseClosed); the one command still accepted past the age limit', {
    description:
      '409 CASE_CLOSED when already closed; 409 MEASURES_IN_FORCE (listing measureIds) while ordered measures have not ended, ' +
      'unless the reason is transferred and receivingService names who takes them over; 409 APPROVAL_REQUIRED where ' +
      'SUPERVISED_ACTS has closure and no coordinator approved a closure with this reason.',
  })
  async close(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { reason, note, receivingService, occurredAt }: CloseCaseDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    return commandResult(
      res,
      await this.openings.close({ type: 'CloseCase', caseId, reason, note, receivingService, occurredAt }, context, ifMatch),
    );
  }

  @Post(':caseId/reopening')
  @CaseCommand('Reopen a closed case (CaseReopened)', {
    description: '409 CASE_NOT_CLOSED; 409 CASE_ALREADY_OPEN when the minor has another open case.',
  })
  async reopen(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { reason, occurredAt }: ReopenCaseDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    return commandResult(res, await this.openings.reopen({ type: 'ReopenCase', caseId, reason, occurredAt }, context, ifMatch));
  }
}
