import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiCommand, ApiProblems, ApiQuery } from '../../common/api-problems';
import { CommandResultDto, commandResult, etagOf } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { familyKind } from '../../families/family.decider';
import { ReadsFrom } from '../../projections/read-your-writes';
import { CARERS } from '../occupancy/carers.projection';
import { ReadPlacesTaken, occupancyView } from '../occupancy/occupancy.query';
import { FosterCarerListQueryDto, FosterCarerListView, FosterCarerView } from './dto/foster-carer.view';
import { ChangeFosterAvailabilityDto, RegisterFosterCarerDto, WithdrawFosterCarerDto } from './dto/register-foster-carer.dto';
import { fosterCarerKind } from './foster-carer.decider';
import { fosterCarerNotFound } from './foster-carer.errors';
import { ChangeFosterAvailability, FosterCarerFacts, RegisterFosterCarer } from './foster-carers.decide';
import { ListFosterCarers } from './foster-carers.query';

/** Foster carers (affidatari): adults of a registered household, assessed as suitable, with what they offer. */
@ApiTags('carers')
@Controller('foster-carers')
export class FosterCarersController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Register adults of a household as foster carers (FosterCarerRegistered); id is the foster carer id',
    description: '404 FAMILY_NOT_FOUND; 409 CARER_NOT_IN_FAMILY, CARER_IS_A_MINOR; 400 DATE_AFTER_OCCURRED_AT (assessedOn in the future).',
  })
  @ApiCommand({ onExisting: false })
  @ApiProblems(404)
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterFosterCarerDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const fosterCarerId = randomUUID();
    const { familyId, carerIds, availability, assessedOn } = body;
    const command: RegisterFosterCarer = {
      type: 'RegisterFosterCarer',
      fosterCarerId,
      familyId,
      carerIds: [...carerIds],
      availability: { accepts: [...availability.accepts], places: availability.places },
      assessedOn,
    };
    const family = (await this.streams.load(familyKind, familyId)).state;
    const facts: FosterCarerFacts = family.exists
      ? {
          family: {
            familyId,
            members: family.members.map((m) => ({
              id: m.id,
              role: m.role,
              birthDate: m.birthDate,
              name: `${m.givenName} ${m.familyName}`,
            })),
          },
        }
      : {};
    const answer = { id: fosterCarerId, location: `/foster-carers/${fosterCarerId}` };
    return commandResult(
      res,
      await this.streams.send(fosterCarerKind, fosterCarerId, command, context, { facts, answer, newStream: true }),
    );
  }

  @Post(':fosterCarerId/availability')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Change the kinds of affido accepted and the places offered (FosterCarerAvailabilityChanged)',
    description: '409 FOSTER_CARER_WITHDRAWN, AVAILABILITY_UNCHANGED.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async changeAvailability(
    @Param('fosterCarerId', UuidParam) fosterCarerId: string,
    @Body() { availability }: ChangeFosterAvailabilityDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command: ChangeFosterAvailability = {
      type: 'ChangeFosterAvailability',
      fosterCarerId,
      availability: { accepts: [...availability.accepts], places: availability.places },
    };
    return commandResult(res, await this.streams.send(fosterCarerKind, fosterCarerId, command, context, { ifMatch }));
  }

  @Post(':fosterCarerId/withdrawal')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'The household no longer fosters (FosterCarerWithdrawn): no new placement may name it',
    description: '409 FOSTER_CARER_WITHDRAWN.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async withdraw(
    @Param('fosterCarerId', UuidParam) fosterCarerId: string,
    @Body() { withdrawnOn, reason }: WithdrawFosterCarerDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'WithdrawFosterCarer', fosterCarerId, withdrawnOn, reason } as const;
    return commandResult(res, await this.streams.send(fosterCarerKind, fosterCarerId, command, context, { ifMatch }));
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(CARERS)
  @ApiOperation({ summary: 'Foster carers, by kind of affido accepted; active ones first; each with the places offered and taken now' })
  @ApiQuery()
  @ApiOkResponse({ type: FosterCarerListView })
  list(@Query() query: FosterCarerListQueryDto): Promise<FosterCarerListView> {
    const { accepts, limit, cursor } = query;
    return this.queries.execute(new ListFosterCarers({ accepts, limit, cursor }));
  }

  @Get(':fosterCarerId')
  @Roles(...CASE_READERS)
  @ReadsFrom(CARERS)
  @ApiOperation({ summary: 'One foster household: its carers, availability, assessment date and places taken now; ETag is the revision' })
  @ApiQuery()
  @ApiOkResponse({ type: FosterCarerView })
  async get(@Param('fosterCarerId', UuidParam) fosterCarerId: string, @Res({ passthrough: true }) res: Response): Promise<FosterCarerView> {
    const { state, revision } = await this.streams.load(fosterCarerKind, fosterCarerId);
    if (!state.exists || revision === undefined) throw fosterCarerNotFound(fosterCarerId);
    res.setHeader('ETag', etagOf(revision));
    const occupied = await this.queries.execute(new ReadPlacesTaken('foster-carer', fosterCarerId));
    const availability = state.availability!;
    return {
      id: fosterCarerId,
      familyId: state.familyId!,
      carers: state.carers.map((c) => ({ ...c })),
      availability,
      assessedOn: state.assessedOn!,
      active: state.active,
      ...(state.withdrawnOn && { withdrawnOn: state.withdrawnOn }),
      occupancy: occupancyView(availability.places, occupied),
      revision: Number(revision),
    };
  }
}
