import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS, CASE_WRITERS } from '../../auth/roles';
import { ApiCommand, ApiProblems, ApiQuery } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { CommandResultDto, commandResult, etagOf } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { COMMUNITY } from '../../projections/community/community.projection';
import { ReadsFrom } from '../../projections/read-your-writes';
import { lookUpPartners } from '../partners/partner-lookup';
import { CancelInitiativeDto, HoldInitiativeDto } from './dto/initiative-outcome.dto';
import { InitiativeCalendarQueryDto, InitiativeCalendarView, InitiativeView } from './dto/initiative.view';
import { PlanInitiativeDto } from './dto/plan-initiative.dto';
import { initiativeKind } from './initiative.decider';
import { initiativeNotFound } from './initiative.errors';
import { PlanInitiative } from './initiatives.decide';
import { ReadInitiativeCalendar } from './initiatives.query';

/** Prevention and awareness initiatives run with partners and the municipalities. */
@ApiTags('community')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      'Plan an initiative (InitiativePlanned); id is the initiative id. 400 MUNICIPALITY_UNKNOWN when a promoting ISTAT code is no current comune',
    description: '404 PARTNER_NOT_FOUND, 409 PARTNER_INACTIVE for a partner involved.',
  })
  @ApiCommand({ onExisting: false })
  @ApiProblems(404)
  @ApiCreatedResponse({ type: CommandResultDto })
  async plan(@Body() body: PlanInitiativeDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const initiativeId = randomUUID();
    const command: PlanInitiative = {
      type: 'PlanInitiative',
      initiativeId,
      ...body,
      municipalities: [...body.municipalities],
      partnerIds: [...body.partnerIds],
    };
    const facts = { partners: await lookUpPartners(this.streams, body.partnerIds) };
    const answer = { id: initiativeId, location: `/initiatives/${initiativeId}` };
    return commandResult(res, await this.streams.send(initiativeKind, initiativeId, command, context, { facts, answer, newStream: true }));
  }

  @Post(':initiativeId/holding')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'Record that the initiative took place, with its participants (InitiativeHeld)',
    description: '409 INITIATIVE_CANCELLED, INITIATIVE_ALREADY_HELD, INITIATIVE_NOT_YET_DUE.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async hold(
    @Param('initiativeId', UuidParam) initiativeId: string,
    @Body() { participants, occurredAt }: HoldInitiativeDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'HoldInitiative', initiativeId, participants: { ...participants }, occurredAt } as const;
    return commandResult(res, await this.streams.send(initiativeKind, initiativeId, command, context, { ifMatch }));
  }

  @Post(':initiativeId/cancellation')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary: 'Cancel a planned initiative (InitiativeCancelled)',
    description: '409 INITIATIVE_CANCELLED, INITIATIVE_ALREADY_HELD.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async cancel(
    @Param('initiativeId', UuidParam) initiativeId: string,
    @Body() { reason }: CancelInitiativeDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'CancelInitiative', initiativeId, reason } as const;
    return commandResult(res, await this.streams.send(initiativeKind, initiativeId, command, context, { ifMatch }));
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(COMMUNITY)
  @ApiOperation({ summary: 'The initiatives calendar: upcoming (soonest first) or past (latest first)' })
  @ApiQuery()
  @ApiOkResponse({ type: InitiativeCalendarView })
  list(@Query() query: InitiativeCalendarQueryDto): Promise<InitiativeCalendarView> {
    const { when, municipality, limit, cursor } = query;
    return this.queries.execute(new ReadInitiativeCalendar({ when, municipality, limit, cursor }, this.clock()));
  }

  @Get(':initiativeId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'One initiative; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: InitiativeView })
  async get(@Param('initiativeId', UuidParam) initiativeId: string, @Res({ passthrough: true }) res: Response): Promise<InitiativeView> {
    const { state, revision } = await this.streams.load(initiativeKind, initiativeId);
    if (state.status === 'none' || revision === undefined) throw initiativeNotFound(initiativeId);
    res.setHeader('ETag', etagOf(revision));
    return { id: initiativeId, ...state.plan!, status: state.status, ...(state.participants && { participants: state.participants }) };
  }
}
