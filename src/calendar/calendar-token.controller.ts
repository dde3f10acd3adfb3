import { Body, Controller, Delete, HttpCode, Inject, Param, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, OwnOnly, Roles } from '../auth/auth.guard';
import { CASE_READERS } from '../auth/roles';
import { ApiProblems } from '../common/api-problems';
import { CLOCK, Clock } from '../common/clock';
import { AnswerNeverKept } from '../common/http/idempotency.interceptor';
import { contextOf } from '../common/request-context';
import { APP_CONFIG, AppConfig } from '../config/config';
import { WorkerIdParam } from '../projections/caseload/worker-id-param';
import { romeIso } from '../projections/deadlines/rome-time';
import { CalendarTokenView } from './dto/calendar-token.view';
import { EmptyBody } from './dto/empty-body.pipe';
import { FeedTokens } from './feed-tokens';
import { OwnCalendarGuard, baseUrlOf } from './own-calendar';

@ApiTags('calendar')
@Controller('workers')
export class CalendarTokenController {
  constructor(
    private readonly tokens: FeedTokens,
    @Inject(CLOCK) private readonly now: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post(':workerId/calendar-token')
  @HttpCode(201)
  @Roles(...CASE_READERS)
  @OwnOnly()
  @UseGuards(OwnCalendarGuard)
  @AnswerNeverKept()
  @ApiOperation({
    summary: "Issue the worker's private calendar feed URL (ICS); the previous one stops working",
    description:
      'Only the worker themselves (403 NOT_YOUR_CALENDAR). The URL carries a random token that is shown once and kept only as ' +
      'a SHA-256 hash; issuing again revokes the previous token. Recorded as CalendarFeedTokenIssued. ' +
      'Idempotency-Key is ignored here: the answer holds a secret that is never stored.',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiBearerAuth()
  @ApiProblems(400, 401, 403, 429)
  @ApiCreatedResponse({ type: CalendarTokenView })
  async issue(
    @Param('workerId', WorkerIdParam) workerId: string,
    @Body(EmptyBody) _body: undefined,
    @Req() request: AuthenticatedRequest,
  ): Promise<CalendarTokenView> {
    const now = this.now();
    const { token, tokenId } = await this.tokens.issue(workerId, contextOf(request), now);
    const feed = `${baseUrlOf(this.config.publicBaseUrl, request)}/workers/${encodeURIComponent(workerId)}/calendar.ics`;
    return { url: `${feed}?token=${token}`, tokenId, issuedAt: romeIso(now) };
  }

  @Delete(':workerId/calendar-token')
  @HttpCode(204)
  @Roles(...CASE_READERS)
  @OwnOnly()
  @UseGuards(OwnCalendarGuard)
  @ApiOperation({
    summary: "Revoke the worker's calendar feed URL",
    description:
      'Only the worker themselves (403 NOT_YOUR_CALENDAR). 204 also when no token was live; a revocation is recorded as CalendarFeedTokenRevoked.',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiBearerAuth()
  @ApiProblems(400, 401, 403, 429)
  @ApiNoContentResponse({ description: 'No token is live any more' })
  async revoke(@Param('workerId', WorkerIdParam) workerId: string, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.tokens.revoke(workerId, contextOf(request), this.now());
  }
}
