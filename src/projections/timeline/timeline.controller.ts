import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { UuidParam } from '../../common/uuid-param';
import { ReadsFrom } from '../read-your-writes';
import { TimelineQueryDto } from './dto/timeline.query.dto';
import { TimelineView } from './dto/timeline.view';
import { TIMELINE } from './timeline.projection';
import { ReadTimeline } from './timeline.query';
import { CaseAccess } from '../../cases/case-access.guard';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class TimelineController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':caseId/timeline')
  @Roles(...CASE_READERS)
  @ReadsFrom(TIMELINE)
  @ApiOperation({
    summary: 'Every event of the case as a readable line, in Italian and English, with actor, both times and entry kinds',
    description:
      'Lines are factual: closed vocabularies, counts and dates, never the free text of entries (that stays in the event). ' +
      'Default order is occurred (what happened when); order=recorded follows the revisions (what the service knew when). 404 when the case has no events.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: TimelineView })
  timeline(@Param('caseId', UuidParam) caseId: string, @Query() query: TimelineQueryDto): Promise<TimelineView> {
    return this.queries.execute(new ReadTimeline(caseId, { order: query.order, cursor: query.cursor, limit: query.limit }));
  }
}
