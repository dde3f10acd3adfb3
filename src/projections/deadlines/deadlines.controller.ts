import { Controller, Get, Query, Req } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { ReadsFrom } from '../read-your-writes';
import { deadlinesProjection } from './deadlines.projection';
import { ListDeadlines } from './deadlines.query';
import { DeadlinesPage } from './dto/deadline.view';
import { DeadlinesQueryDto } from './dto/deadlines.query.dto';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly modules: ModuleRef,
  ) {}

  /** AppModule provides the clock without exporting it, so it is looked up application-wide (tests fix it there). */
  private now(): Date {
    return this.modules.get<Clock>(CLOCK, { strict: false })();
  }

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom(deadlinesProjection.name)
  @ApiOperation({
    summary: 'Statutory deadlines computed from the events: lapsed and overdue first, then soonest first',
    description:
      'art. 403 c.c. steps (acts to the PM 24 h, PM request 72 h, TM validation 48 h, hearing 15 days, TM review 15 days after the hearing; ' +
      'a missed step makes the placement lapse: MeasureLapsed, lapsedByEventId), affido end (24 months) and reports (every 6 months unless the decree says otherwise), ' +
      'report deadlines of judicial mandates, support plan reviews, the 18th birthday (shown 90 days ahead) and the end of a prosieguo amministrativo. ' +
      'Hour deadlines count elapsed hours from when the event occurred; day and month deadlines end at the end of that Europe/Rome day. ' +
      'Team members see the deadlines of the cases they work on or opened; coordinators and court liaison see every case. ' +
      'Coordinators also see the screening deadline of every report (report-screening, caseId null): ' +
      'REPORT_SCREENING_WORKING_DAYS working days skipping Italian public holidays, 24 h on serious harm.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: DeadlinesPage })
  list(@Query() query: DeadlinesQueryDto, @Req() request: AuthenticatedRequest): Promise<DeadlinesPage> {
    return this.queries.execute(new ListDeadlines(query, request.principal!, this.now()));
  }
}
