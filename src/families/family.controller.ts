import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Request, Response } from 'express';
import { guardRead } from '../common/guard-reads';
import { AuthenticatedRequest, Roles } from '../auth/auth.guard';
import { CaseEventsPageDto, CaseEventsQueryDto, DEFAULT_EVENTS_LIMIT, startRevision } from '../cases/case.query.dto';
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
import { FamilyMember } from './family.state';
import { PersonIdentity } from '../people/person.events';
import { AddFamilyMemberDto, CorrectFamilyMemberDto, RemoveFamilyMemberDto } from './dto/family-member.dto';
import { FamiliesPageView, FamilyView } from './dto/family.view';
import { EndRelationDto, RecordRelationDto } from './dto/relation.dto';
import { SEARCH_LIMIT_MAX } from '../people/people.query';
import { FindFamilies } from '../people/family-search.query';
import { personKind } from '../people/person.decider';
import { ReadsFrom } from '../projections/read-your-writes';
import { PEOPLE } from '../people/people.projection';
import { PersonRegistrar } from '../people/person-registrar';
import { pageCursor, pageOfRanked } from '../common/pagination';
import { FamiliesSearchDto } from '../people/dto/person.dto';
import { InvalidInputError } from '../common/domain-error';
import { RevisionMismatchError } from '../common/command-outcome';
import { RegisterFamilyDto } from './dto/register-family.dto';

const withRegistryIdentity = (member: FamilyMember, person: PersonIdentity | undefined): FamilyMember => {
  if (!person) return member;
  const { givenName, familyName, birthDate, sex, fiscalCode } = person;
  return { ...member, givenName, familyName, birthDate, sex, ...(fiscalCode ? { fiscalCode } : {}) };
};

@ApiTags('families')
@Controller('families')
@FamilyAccess()
export class FamilyController {
  constructor(
    private readonly streams: Streams,
    private readonly log: EventLog,
    private readonly registrar: PersonRegistrar,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(PEOPLE)
  @ApiOperation({ summary: "Find households by a member's name or fiscal code, or a case's R.G. number; only those you may see" })
  @ApiQuery()
  @ApiOkResponse({ type: FamiliesPageView })
  async search(@Query() query: FamiliesSearchDto, @Req() request: AuthenticatedRequest): Promise<FamiliesPageView> {
    const limit = Math.min(query.limit ?? 20, SEARCH_LIMIT_MAX);
    const offset = pageCursor(query.cursor);
    const rows = await this.queries.execute(new FindFamilies(query.q, query.municipality, request.principal!, limit, offset));
    const page = pageOfRanked(rows, limit, offset);
    return {
      next: page.next,
      items: page.items.map((row) => ({
        id: row.family_id,
        municipality: { istatCode: row.istat_code, name: row.municipality },
        address: row.address,
        members: row.members,
      })),
    };
  }

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      'Register a household (FamilyRegistered). 400 MUNICIPALITY_UNKNOWN (no current comune has the code) or MUNICIPALITY_NAME_MISMATCH (detail names the official name); the official name is kept',
  })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterFamilyDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const id = randomUUID();
    const command = { type: 'RegisterFamily', familyId: id, municipality: { ...body.municipality }, address: body.address } as const;
    return commandResult(
      res,
      await this.streams.send(familyKind, id, command, context, { answer: { id, location: `/families/${id}` }, newStream: true }),
    );
  }

  @Post(':familyId/members')
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      'Add a person to the household (FamilyMemberAdded); id is the member id. 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace)',
  })
  @ApiCommand({ onExisting: true })
  @ApiCreatedResponse({ type: CommandResultDto })
  async addMember(
    @Param('familyId', UuidParam) id: string,
    @Body() body: AddFamilyMemberDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Req() request: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { personId, confirmNewPerson, ...details } = body;
    const family = guardRead(request, familyKind, id) ?? (await this.streams.load(familyKind, id));
    if (!family.state.exists) throw familyNotFound('requested');
    // Checked before the person is registered, so a stale household read registers nobody.
    if (typeof ifMatch === 'bigint' && ifMatch !== family.revision) throw new RevisionMismatchError(ifMatch, family.revision);
    const memberId = personId ?? randomUUID();
    const identity = personId
      ? await this.linkedIdentity(personId, details)
      : await this.registerNew(memberId, details, confirmNewPerson, context);
    const { citizenship: _citizenship, ...person }: PersonIdentity = identity;
    const command = { type: 'AddFamilyMember', familyId: id, memberId, personId: memberId, role: details.role, ...person } as const;
    return commandResult(res, await this.streams.send(familyKind, id, command, context, { ifMatch, answer: { id: memberId } }));
  }

  /** A person of the registry joins as they are registered: details in the same request would be a second truth. */
  private async linkedIdentity(personId: string, details: Omit<AddFamilyMemberDto, 'personId' | 'confirmNewPerson'>) {
    const given = Object.entries(details).filter(([field, value]) => field !== 'role' && value !== undefined);
    if (given.length > 0) throw new InvalidInputError('PERSON_LINK_WITH_DETAILS', 'Give either personId or the person details, not both');
    return (await this.registrar.current(personId)).identity;
  }

  /** A new person enters the registry first, after its duplicate check; the idempotency key stays with the household. */
  private async registerNew(
    personId: string,
    details: Omit<AddFamilyMemberDto, 'personId' | 'confirmNewPerson'>,
    confirmNewPerson: boolean | undefined,
    context: RequestContext,
  ) {
    const { role: _role, givenName, familyName, birthDate, sex, fiscalCode, birthPlace } = details;
    const identity = {
      givenName: givenName!,
      familyName: familyName!,
      birthDate: birthDate!,
      sex: sex!,
      ...(fiscalCode ? { fiscalCode } : {}),
      ...(birthPlace ? { birthPlace } : {}),
    };
    const registered = await this.registrar.register(personId, identity, confirmNewPerson === true, { ...context, idempotency: undefined });
    return registered.state.identity ?? identity;
  }

  @Post(':familyId/relations')
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'Record a relation between two members (FamilyRelationRecorded); id is the relation id' })
  @ApiCommand({ onExisting: true })
  @ApiCreatedResponse({ type: CommandResultDto })
  async recordRelation(
    @Param('familyId', UuidParam) id: string,
    @Body() body: RecordRelationDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const relationId = randomUUID();
    const decree = body.decree ? { ...body.decree } : undefined;
    const command = { type: 'RecordRelation', ...body, decree, familyId: id, relationId } as const;
    return commandResult(res, await this.streams.send(familyKind, id, command, context, { ifMatch, answer: { id: relationId } }));
  }

  @Post(':familyId/relations/:relationId/end')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({ summary: 'End a relation (FamilyRelationEnded); it stays in the record as history' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async endRelation(
    @Param('familyId', UuidParam) id: string,
    @Param('relationId', UuidParam) relationId: string,
    @Body() body: EndRelationDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'EndRelation', familyId: id, relationId, endedOn: body.endedOn, reason: body.reason } as const;
    return commandResult(res, await this.streams.send(familyKind, id, command, context, { ifMatch }));
  }

  @Post(':familyId/members/:memberId/corrections')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      "Correct a member's details (FamilyMemberDetailsCorrected). 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace)",
  })
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
  async get(
    @Param('familyId', UuidParam) id: string,
    @Req() request: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FamilyView> {
    const { state, revision } = guardRead(request, familyKind, id) ?? (await this.streams.load(familyKind, id));
    if (!state.exists || revision === undefined) throw familyNotFound(id);
    res.setHeader('ETag', etagOf(revision));
    // Registry corrections reach every household (read from the person streams: no read model lag); members from
    // before the registry read as the household copied them.
    const people = await Promise.all(state.members.map((member) => this.streams.load(personKind, member.id)));
    const members = state.members.map((member, i) => withRegistryIdentity(member, people[i].state.identity));
    return {
      id,
      municipality: state.municipality!,
      address: state.address!,
      members,
      relations: state.relations,
      revision: Number(revision),
    };
  }

  @Get(':familyId/events')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "The household's events in stream order, with every hashed field (docs/audit-trail.md); next is the following page's cursor",
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseEventsPageDto })
  async events(@Param('familyId', UuidParam) id: string, @Query() query: CaseEventsQueryDto): Promise<ServedEventsPage> {
    const limit = query.limit === undefined ? DEFAULT_EVENTS_LIMIT : Number(query.limit);
    const page = await readEventsPage(this.log, familyStream(id), startRevision(query), limit);
    if (!page) throw familyNotFound(id);
    return page;
  }
}
