import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../auth/auth.guard';
import { CASE_WRITERS } from '../auth/roles';
import { ApiCommand, ApiProblems } from '../common/api-problems';
import { CommandResultDto, commandResult } from '../common/command-result';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { grantProsieguo } from './case.decide';
import { CloseCaseCommand, OpenCaseCommand, ReopenCaseCommand } from './case.handlers';
import { CaseCommand, CaseCommands, IfMatchValue } from './case.http';
import { CloseCaseDto, GrantProsieguoDto, OpenCaseDto, ReopenCaseDto } from './dto';
import { CaseAccess } from './case-access.guard';

/** A case's life: opening (one open case per minor), prosieguo past 18, closure, reopening. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseLifecycleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly cases: CaseCommands,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'Open a case for a minor of a registered family (CaseOpened); id is the case id',
    description: 'One open case per minor: 409 CASE_ALREADY_OPEN names it. 404 FAMILY_NOT_FOUND; 409 MINOR_NOT_IN_FAMILY, MEMBER_NOT_A_MINOR, MINOR_OVER_AGE_LIMIT, REQUESTER_NOT_ELIGIBLE.',
  })
  @ApiCommand({ onExisting: false })
  @ApiProblems(404)
  @ApiCreatedResponse({ type: CommandResultDto })
  async open(@Body() body: OpenCaseDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const caseId = randomUUID();
    const outcome = await this.commands.execute(new OpenCaseCommand(caseId, body, context));
    res.setHeader('Location', `/cases/${caseId}`);
    return commandResult(res, outcome, caseId);
  }

  @Post(':caseId/prosieguo')
  @CaseCommand(
    'Record a prosieguo amministrativo decree (ProsieguoAmministrativoGranted): the case may go on past 18, at most to 21',
    'ok',
    'Recordable after the 18th birthday; 409 PROSIEGUO_BEYOND_21.',
  )
  async grantProsieguo(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...decree }: GrantProsieguoDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      grantProsieguo({ ...decree, caseId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/closure')
  @CaseCommand('Close the case (CaseClosed); the one command still accepted past the age limit', 'ok', '409 CASE_CLOSED when already closed.')
  async close(
    @Param('caseId', UuidParam) caseId: string,
    @Body() body: CloseCaseDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    return commandResult(res, await this.commands.execute(new CloseCaseCommand(caseId, body, context, ifMatch)));
  }

  @Post(':caseId/reopening')
  @CaseCommand('Reopen a closed case (CaseReopened)', 'ok', '409 CASE_NOT_CLOSED; 409 CASE_ALREADY_OPEN when the minor has another open case.')
  async reopen(
    @Param('caseId', UuidParam) caseId: string,
    @Body() body: ReopenCaseDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    return commandResult(res, await this.commands.execute(new ReopenCaseCommand(caseId, body, context, ifMatch)));
  }
}
