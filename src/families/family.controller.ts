import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
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
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { IfMatchValue, Streams } from '../common/send-command';
import { UuidParam } from '../common/uuid-param';
import { familyKind } from './family.decider';
import { familyNotFound } from './family.errors';
import { familyStream } from './family.events';
import { FamilyAccess } from './family-access.guard';
import { AddFamilyMemberDto, CorrectFamilyMemberDto, RemoveFamilyMemberDto } from './dto/family-member.dto';
import { FamilyView } from './dto/family.view';
import { RegisterFamilyDto } from './dto/register-family.dto';

@ApiTags('families')
@Controller('families')
@FamilyAccess()
export class FamilyController {
  constructor(
    private readonly streams: Streams,
    private readonly log: EventLog,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Register a household (FamilyRegistered)' })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterFamilyDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const id = randomUUID();
    const command = { type: 'RegisterFamily', familyId: id, municipality: { ...body.municipality }, address: body.address } as const;
    return commandResult(res, await this.streams.send(familyKind, id, command, context, { answer: { id, location: `/families/${id}` } }));
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
    const command = { type: 'AddFamilyMember', ...body, familyId: id, memberId } as const;
    return commandResult(res, await this.streams.send(familyKind, id, command, context, { ifMatch, answer: { id: memberId } }));
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
    const command = { type: 'CorrectFamilyMember', familyId: id, memberId, corrections, reason } as const;
    const outcome = await this.streams.send(familyKind, id, command, context, { ifMatch });
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
    const command = { type: 'RemoveFamilyMember', familyId: id, memberId, reason: body.reason } as const;
    const outcome = await this.streams.send(familyKind, id, command, context, { ifMatch });
    return commandResult(res, outcome);
  }

  @Get(':familyId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'The household and its members; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: FamilyView })
  async get(@Param('familyId', UuidParam) id: string, @Res({ passthrough: true }) res: Response): Promise<FamilyView> {
    const { state, revision } = await this.streams.load(familyKind, id);
    if (!state.exists || revision === undefined) throw familyNotFound(id);
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
    if (!page) throw familyNotFound(id);
    return page;
  }
}
