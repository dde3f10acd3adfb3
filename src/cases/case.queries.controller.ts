import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { CLOCK, Clock } from '../common/clock';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Request, Response } from 'express';
import { AuthenticatedRequest, Roles } from '../auth/auth.guard';
import { CASE_READERS } from '../auth/roles';
import { ApiQuery } from '../common/api-problems';
import { etagOf } from '../common/command-result';
import { UuidParam } from '../common/uuid-param';
import { LoadCase, ReadCaseEvents } from './case.queries';
import { CaseEventsPageDto, CaseEventsQueryDto, CaseQueryDto, DEFAULT_EVENTS_LIMIT, startRevision } from './case.query.dto';
import { CaseView, toCaseView } from './case.view';
import { caseKind } from './case.decider';
import { Streams } from '../common/send-command';
import { familyKind } from '../families/family.decider';
import { personKind } from '../people/person.decider';
import { ageOn, romeDate } from './case.age';
import { CaseViewDto } from './case.view.dto';
import { CaseAccess } from './case-access.guard';
import { guardRead } from '../common/guard-reads';

/** Reading a case: now, as of an instant on either time axis, and its events page by page. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseQueriesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly streams: Streams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':caseId')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'The case now (ETag: its revision), or as of an instant',
    description:
      '?asOf=<instant>&axis=recorded: what the service knew then; axis=occurred: what was true then, late records included. ' +
      '404 CASE_NOT_FOUND when the case did not exist at that instant.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseViewDto })
  async get(
    @Param('caseId', UuidParam) caseId: string,
    @Query() query: CaseQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const asOf = query.asOf === undefined ? undefined : { at: new Date(query.asOf), axis: query.axis ?? 'recorded' };
    // A team member's access guard read the case a moment ago: the same read, without another round trip.
    const known = asOf ? undefined : guardRead(request, caseKind, caseId);
    const { state, revision } =
      known?.revision !== undefined ? { ...known, revision: known.revision } : await this.queries.execute(new LoadCase(caseId, asOf));
    // An ETag is for If-Match on the current case; a past view must not be sent back as one.
    if (!asOf) res.setHeader('ETag', etagOf(revision));
    const view = toCaseView(state);
    if (asOf) return { ...view, revision: Number(revision), asOf: query.asOf, axis: asOf.axis };
    return { ...view, ...(await this.whoAndWhere(view)), revision: Number(revision) };
  }

  /** The minor's name and age and the household, read now from their own streams (no read model lag). */
  private async whoAndWhere(view: CaseView): Promise<Pick<CaseView, 'minor'> & { household?: object }> {
    const [family, person] = await Promise.all([
      this.streams.load(familyKind, view.familyId),
      this.streams.load(personKind, view.minor.id),
    ]);
    const member = family.state.members.find((m) => m.id === view.minor.id);
    const named = person.state.identity ?? member;
    const minor = {
      ...view.minor,
      ...(named ? { givenName: named.givenName, familyName: named.familyName } : {}),
      ...(view.minor.birthDate ? { age: ageOn(view.minor.birthDate, romeDate(this.clock())) } : {}),
    };
    if (!family.state.exists) return { minor };
    return { minor, household: { id: view.familyId, municipality: family.state.municipality, address: family.state.address } };
  }

  @Get(':caseId/events')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "The case's events in stream order, with both time axes, actor and chain hashes; next is the following page's cursor",
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseEventsPageDto })
  events(@Param('caseId', UuidParam) caseId: string, @Query() query: CaseEventsQueryDto, @Req() request: AuthenticatedRequest) {
    const limit = query.limit === undefined ? DEFAULT_EVENTS_LIMIT : Number(query.limit);
    return this.queries.execute(new ReadCaseEvents(caseId, startRevision(query), limit, request.principal!.role));
  }
}
