import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { Roles } from '../auth/auth.guard';
import { CaseEventsPageDto, CaseEventsQueryDto, DEFAULT_EVENTS_LIMIT } from '../cases/case.query.dto';
import { ServedEventsPage, readEventsPage } from '../common/served-event';
import { EventLog } from '../event-store/event-log';
import { CASE_READERS, CASE_WRITERS } from '../auth/roles';
import { ApiCommand, ApiQuery } from '../common/api-problems';
import { CommandResultDto, commandResult, etagOf } from '../common/command-result';
import { NotFoundError } from '../common/domain-error';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { CommandOutcome, LoadedStream } from '../common/stream-command';
import { LoadStream, StreamCommand } from '../common/stream-command.bus';
import { addFamilyMember, correctFamilyMember, registerFamily, removeFamilyMember } from './family.decide';
import { FamilyEvent, familyStream } from './family.events';
import { FamilyAccess } from './family-access.guard';
import { FamilyState, familyFold } from './family.state';
import { AddFamilyMemberDto, CorrectFamilyMemberDto, RemoveFamilyMemberDto } from './dto/family-member.dto';
import { FamilyView } from './dto/family.view';
import { RegisterFamilyDto } from './dto/register-family.dto';

type IfMatchValue = bigint | 'stream_exists' | undefined;

@ApiTags('families')
@Controller('families')
@FamilyAccess()
export class FamilyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly log: EventLog,
  ) {}

  private send(id: string, decide: (state: FamilyState, now: Date) => FamilyEvent[], context: RequestContext, ifMatch?: IfMatchValue) {
    return this.commands.execute<StreamCommand<FamilyState, FamilyEvent>, CommandOutcome<FamilyState>>(
      new StreamCommand(familyStream(id), familyFold, decide, context, { ifMatch }),
    );
  }

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Register a household (FamilyRegistered)' })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterFamilyDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const id = randomUUID();
    const outcome = await this.send(
      id,
      (state) => registerFamily({ familyId: id, municipality: { ...body.municipality }, address: body.address }, state),
      context,
    );
    res.setHeader('Location', `/families/${id}`);
    return commandResult(res, outcome, id);
  }

  @Post(':familyId/members')
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Add a person to the household (FamilyMemberAdded); id is the member id' })
  @ApiCommand({ onExisting: true })
  @ApiCreatedResponse({ type: CommandResultDto })
  async addMember(
    @Param('familyId', UuidParam) id: string,
    @Body() body: AddFamilyMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const memberId = randomUUID();
    const outcome = await this.send(id, (state, now) => addFamilyMember({ ...body, memberId }, state, now), context, ifMatch);
    return commandResult(res, outcome, memberId);
  }

  @Post(':familyId/members/:memberId/corrections')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: "Correct a member's details (FamilyMemberDetailsCorrected)" })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async correctMember(
    @Param('familyId', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @Body() { reason, ...corrections }: CorrectFamilyMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.send(
      id,
      (state, now) => correctFamilyMember({ memberId, corrections, reason }, state, now),
      context,
      ifMatch,
    );
    return commandResult(res, outcome);
  }

  @Post(':familyId/members/:memberId/removal')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Remove a member from the household (FamilyMemberRemoved)' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async removeMember(
    @Param('familyId', UuidParam) id: string,
    @Param('memberId', UuidParam) memberId: string,
    @Body() body: RemoveFamilyMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.send(id, (state) => removeFamilyMember({ memberId, reason: body.reason }, state), context, ifMatch);
    return commandResult(res, outcome);
  }

  @Get(':familyId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The household and its members; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: FamilyView })
  async get(@Param('familyId', UuidParam) id: string, @Res({ passthrough: true }) res: Response): Promise<FamilyView> {
    const { state, revision } = await this.queries.execute<LoadStream<FamilyState, FamilyEvent>, LoadedStream<FamilyState>>(
      new LoadStream(familyStream(id), familyFold),
    );
    if (!state.exists || revision === undefined) throw new NotFoundError('Family', id);
    res.setHeader('ETag', etagOf(revision));
    return { id, municipality: state.municipality!, address: state.address!, members: state.members, revision: Number(revision) };
  }

  @Get(':familyId/events')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "The household's events in stream order, with every hashed field (docs/audit-trail.md); next is the following page's from",
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseEventsPageDto })
  async events(@Param('familyId', UuidParam) id: string, @Query() query: CaseEventsQueryDto): Promise<ServedEventsPage> {
    const limit = query.limit === undefined ? DEFAULT_EVENTS_LIMIT : Number(query.limit);
    const page = await readEventsPage(this.log, familyStream(id), BigInt(query.from ?? 0), limit);
    if (!page) throw new NotFoundError('Family', id);
    return page;
  }
}
