import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiCommand, ApiQuery } from '../../common/api-problems';
import { CommandResultDto, commandResult, etagOf } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { ReadsFrom } from '../../projections/read-your-writes';
import { CARERS } from '../occupancy/carers.projection';
import { ReadPlacesTaken, occupancyView } from '../occupancy/occupancy.query';
import { FacilityListQueryDto, FacilityListView, FacilityView } from './dto/facility.view';
import { ChangeFacilityCapacityDto, CloseFacilityDto, RegisterFacilityDto } from './dto/register-facility.dto';
import { facilityKind } from './facility.decider';
import { facilityNotFound } from './facility.errors';
import { ListFacilities } from './facilities.query';

/** The registry of residential communities a child may be placed in; the head of service keeps it. */
@ApiTags('carers')
@Controller('facilities')
export class FacilitiesController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('coordinator')
  @ApiOperation({
    summary:
      'Register a residential community (FacilityRegistered); id is the facility id. 400 MUNICIPALITY_UNKNOWN (no current comune has the code) or MUNICIPALITY_NAME_MISMATCH (detail names the official name); the official name is kept',
  })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterFacilityDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const facilityId = randomUUID();
    const { name, kind, capacity, municipality, address, authorisation } = body;
    const command = {
      type: 'RegisterFacility',
      facilityId,
      name,
      kind,
      capacity,
      municipality: { istatCode: municipality.istatCode, name: municipality.name },
      address,
      authorisation: { region: authorisation.region, actNumber: authorisation.actNumber, actDate: authorisation.actDate },
    } as const;
    const answer = { id: facilityId, location: `/facilities/${facilityId}` };
    return commandResult(res, await this.streams.send(facilityKind, facilityId, command, context, { answer, newStream: true }));
  }

  @Post(':facilityId/capacity')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Change the authorised places (FacilityCapacityChanged)',
    description: '409 FACILITY_CLOSED, CAPACITY_UNCHANGED.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async changeCapacity(
    @Param('facilityId', UuidParam) facilityId: string,
    @Body() { capacity, reason }: ChangeFacilityCapacityDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ChangeFacilityCapacity', facilityId, capacity, reason } as const;
    return commandResult(res, await this.streams.send(facilityKind, facilityId, command, context, { ifMatch }));
  }

  @Post(':facilityId/closure')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Close a facility (FacilityClosed): no new placement may name it; placements already there are unchanged',
    description: '409 FACILITY_CLOSED.',
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async close(
    @Param('facilityId', UuidParam) facilityId: string,
    @Body() { closedOn, reason }: CloseFacilityDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'CloseFacility', facilityId, closedOn, reason } as const;
    return commandResult(res, await this.streams.send(facilityKind, facilityId, command, context, { ifMatch }));
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(CARERS)
  @ApiOperation({
    summary: 'Facilities, by kind and municipality; open ones first, then by name; each with its capacity and occupancy now',
  })
  @ApiQuery()
  @ApiOkResponse({ type: FacilityListView })
  list(@Query() query: FacilityListQueryDto): Promise<FacilityListView> {
    const { kind, municipality, limit, cursor } = query;
    return this.queries.execute(new ListFacilities({ kind, municipality, limit, cursor }));
  }

  @Get(':facilityId')
  @Roles(...CASE_READERS)
  @ReadsFrom(CARERS)
  @ApiOperation({ summary: 'One facility with its authorisation, capacity and occupancy now; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: FacilityView })
  async get(@Param('facilityId', UuidParam) facilityId: string, @Res({ passthrough: true }) res: Response): Promise<FacilityView> {
    const { state, revision } = await this.streams.load(facilityKind, facilityId);
    if (!state.exists || revision === undefined) throw facilityNotFound(facilityId);
    res.setHeader('ETag', etagOf(revision));
    const occupied = await this.queries.execute(new ReadPlacesTaken('facility', facilityId));
    return {
      id: facilityId,
      name: state.name!,
      kind: state.kind!,
      municipality: state.municipality!,
      address: state.address!,
      authorisation: state.authorisation!,
      open: state.open,
      ...(state.closedOn && { closedOn: state.closedOn }),
      occupancy: occupancyView(state.capacity!, occupied),
      revision: Number(revision),
    };
  }
}
