import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { AuthenticatedRequest, Roles } from '../auth/auth.guard';
import { CASE_READERS, CASE_WRITERS, seesOnlyOwnCases } from '../auth/roles';
import { ApiCommand, ApiQuery } from '../common/api-problems';
import { CommandResultDto, commandResult, etagOf } from '../common/command-result';
import { DomainError } from '../common/domain-error';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { IfMatchValue, Streams } from '../common/send-command';
import { UuidParam } from '../common/uuid-param';
import { pageCursor, pageOfRanked } from '../common/pagination';
import { CorrectPersonDto, MergePersonDto, PeoplePageDto, PeopleSearchDto, PersonViewDto, RegisterPersonDto } from './dto/person.dto';
import { SEARCH_LIMIT_MAX } from './people.query';
import { FindPeople, FindPersonSummary, ReadPersonVisibility } from './person-summaries.query';
import { PersonRegistrar } from './person-registrar';
import { ReadsFrom } from '../projections/read-your-writes';
import { PEOPLE } from './people.projection';
import { personKind } from './person.decider';
import { personNotFound } from './person.errors';

const DEFAULT_LIMIT = 20;

export class PersonNotVisibleError extends DomainError {
  constructor(personId: string) {
    super('PERSON_NOT_VISIBLE', `Person ${personId} is reachable only through a household you may see`, 403, { personId });
  }
}

@ApiTags('people')
@Controller('people')
export class PeopleController {
  constructor(
    private readonly streams: Streams,
    private readonly registrar: PersonRegistrar,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      'Register a person (PersonRegistered). 409 FISCAL_CODE_ALREADY_REGISTERED or PERSON_POSSIBLE_DUPLICATE lists the candidates. 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace)',
  })
  @ApiCommand({ onExisting: false })
  @ApiCreatedResponse({ type: CommandResultDto })
  async register(@Body() body: RegisterPersonDto, @Context() context: RequestContext, @Res({ passthrough: true }) res: Response) {
    const { confirmNewPerson, ...identity } = body;
    return commandResult(res, await this.registrar.register(randomUUID(), { ...identity }, confirmNewPerson === true, context));
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(PEOPLE)
  @ApiOperation({ summary: 'Find people by name (accents, order and typos tolerated) or fiscal code, among those you may see' })
  @ApiQuery()
  @ApiOkResponse({ type: PeoplePageDto })
  async search(@Query() query: PeopleSearchDto, @Req() request: AuthenticatedRequest): Promise<PeoplePageDto> {
    const limit = Math.min(query.limit ?? DEFAULT_LIMIT, SEARCH_LIMIT_MAX);
    const offset = pageCursor(query.cursor);
    return pageOfRanked(await this.queries.execute(new FindPeople(query.q, request.principal!, limit, offset)), limit, offset);
  }

  @Get(':personId')
  @Roles(...CASE_READERS)
  @ReadsFrom(PEOPLE)
  @ApiOperation({ summary: 'A person: identity, households, and the record it was merged into, if any; ETag is the stream revision' })
  @ApiQuery()
  @ApiOkResponse({ type: PersonViewDto })
  async get(
    @Param('personId', UuidParam) personId: string,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PersonViewDto> {
    const principal = request.principal!;
    // Three independent reads at once: the answer waits for one round trip, not three.
    const [{ state, revision }, summary, visible] = await Promise.all([
      this.streams.load(personKind, personId),
      this.queries.execute(new FindPersonSummary(personId)),
      seesOnlyOwnCases(principal) ? this.queries.execute(new ReadPersonVisibility(personId, principal)) : true,
    ]);
    if (!state.exists || !state.identity || revision === undefined) throw personNotFound(personId);
    if (!visible) throw new PersonNotVisibleError(personId);
    res.setHeader('ETag', etagOf(revision));
    const { citizenship, fiscalCode, ...identity } = state.identity;
    return {
      personId,
      ...identity,
      fiscalCode: fiscalCode ?? null,
      ...(citizenship ? { citizenship } : {}),
      households: summary?.households ?? [],
      mergedInto: state.mergedInto ?? null,
      revision: Number(revision),
    };
  }

  @Post(':personId/corrections')
  @HttpCode(200)
  @Roles(...CASE_WRITERS)
  @ApiOperation({
    summary:
      "Correct a person's identity (PersonDetailsCorrected). 400 FISCAL_CODE_INCONSISTENT when the code disagrees with the person (details.part: surname, name, birthDate, sex or birthPlace)",
  })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async correct(
    @Param('personId', UuidParam) personId: string,
    @Body() { reason, ...corrections }: CorrectPersonDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const holders = corrections.fiscalCode ? await this.registrar.fiscalCodeHolders(corrections.fiscalCode, personId) : [];
    const command = { type: 'CorrectPerson', personId, corrections, reason, fiscalCodeHolders: holders } as const;
    return commandResult(res, await this.streams.send(personKind, personId, command, context, { ifMatch }));
  }

  @Post(':personId/merge')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({ summary: 'Merge a duplicate into the record that stays (PersonMerged); its history is kept' })
  @ApiCommand({ onExisting: true })
  @ApiOkResponse({ type: CommandResultDto })
  async merge(
    @Param('personId', UuidParam) personId: string,
    @Body() body: MergePersonDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const target = (await this.streams.load(personKind, body.into)).state;
    const command = { type: 'MergePerson', personId, into: body.into, reason: body.reason, target } as const;
    return commandResult(res, await this.streams.send(personKind, personId, command, context, { ifMatch }));
  }
}
