import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { UuidParam } from '../../common/uuid-param';
import { DEFAULT_PAGE_LIMIT, pageCursor, pageOfRanked } from '../../common/pagination';
import { EventLog } from '../../event-store/event-log';
import { caseNotFound } from '../case.errors';
import { caseStream } from '../case.stream';
import { CaseAccess } from '../case-access.guard';
import { caseEntries } from './case-entries';
import { CaseEntriesPageDto, CaseEntriesQueryDto } from './dto/case-entries.dto';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseEntriesController {
  constructor(private readonly log: EventLog) {}

  @Get(':caseId/entries')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "The case's narrative entries (facts, statements, evaluations) with their texts, by kind, discipline and date",
    description: 'Read from the case stream itself. Entries restricted to another discipline come without text, with textDigest.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseEntriesPageDto })
  async list(
    @Param('caseId', UuidParam) caseId: string,
    @Query() query: CaseEntriesQueryDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<CaseEntriesPageDto> {
    const events = await this.log.readStreamToArray(caseStream(caseId));
    if (events.length === 0) throw caseNotFound(caseId);
    const { kind, discipline, from, to } = query;
    const range = { from: from && new Date(from).toISOString(), to: to && new Date(to).toISOString() };
    const entries = caseEntries(events, request.principal!.role, { kind, discipline, ...range });
    const offset = pageCursor(query.cursor);
    return pageOfRanked(entries.slice(offset), query.limit ?? DEFAULT_PAGE_LIMIT, offset);
  }
}
