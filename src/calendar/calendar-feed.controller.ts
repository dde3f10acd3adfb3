import { Controller, Get, Header, Inject, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Request } from 'express';
import { Public } from '../auth/auth.guard';
import { ApiProblems } from '../common/api-problems';
import { CLOCK, Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WorkerIdParam } from '../projections/caseload/worker-id-param';
import { deadlinesCalendar } from './deadlines-calendar';
import { CalendarFeedQueryDto } from './dto/calendar-feed.query.dto';
import { FeedTokens } from './feed-tokens';
import { baseUrlOf } from './own-calendar';
import { ListWorkerDeadlines } from './worker-deadlines.query';

/** One answer for an unknown worker, a wrong token and a revoked one: the feed tells nobody who has one. */
export class CalendarFeedNotFoundError extends DomainError {
  constructor() {
    super('CALENDAR_FEED_NOT_FOUND', 'No calendar feed answers at this address', 404);
  }
}

@ApiTags('calendar')
@Controller('workers')
export class CalendarFeedController {
  constructor(
    private readonly queries: QueryBus,
    private readonly tokens: FeedTokens,
    @Inject(CLOCK) private readonly now: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Public to the bearer guard only: calendar clients cannot send a bearer token, so the feed token in the URL is checked here.
  @Get(':workerId/calendar.ics')
  @Public()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: "A worker's statutory deadlines as an ICS calendar feed (subscribe from Outlook or Google Calendar)",
    description:
      'No bearer token: the feed token from POST /workers/{workerId}/calendar-token is the credential. The unmet deadlines of ' +
      'the cases the worker opened or is on, open and overdue; timed deadlines as UTC instants, day deadlines as all-day ' +
      'events on their Europe/Rome date; each with a stable UID, an Italian summary naming the step and the case by its R.G. ' +
      'number or a short reference (never the minor), a link to the case and an alarm. ' +
      'A wrong or revoked token, or an unknown worker, is 404 CALENDAR_FEED_NOT_FOUND.',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'An iCalendar (RFC 5545) document', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiProblems(400, 404, 429)
  async feed(
    @Param('workerId', WorkerIdParam) workerId: string,
    @Query() query: CalendarFeedQueryDto,
    @Req() request: Request,
  ): Promise<string> {
    if (!(await this.tokens.opens(workerId, query.token))) throw new CalendarFeedNotFoundError();
    const now = this.now();
    const base = baseUrlOf(this.config.publicBaseUrl, request);
    return deadlinesCalendar(
      await this.queries.execute(new ListWorkerDeadlines(workerId, now)),
      (caseId) => `${base}/cases/${caseId}`,
      now,
    );
  }
}
