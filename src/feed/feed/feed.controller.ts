import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, Scopes } from '../../auth/auth.guard';
import { ApiProblems } from '../../common/api-problems';
import { EVENT_STORE, EventStore } from '../../event-store/event-store';
import { FEED_DEFAULT_LIMIT, FeedQueryDto } from './dto/feed.query.dto';
import { FeedPageView } from './dto/feed-page.view';
import { parseCursor, parseTypes } from './feed-filter';
import { readFeedPage } from './feed-page';

/** What GET /feed and GET /feed/stream tell integrators about access and order. */
export const FEED_ACCESS =
  'Integrator tokens with the feed scope only (403 FORBIDDEN_ROLE for other roles, 403 MISSING_SCOPE without the scope). ' +
  'Personal events (personal: true: names, fiscal codes, addresses, narrative text) are served only to the feed scope, ' +
  'which this route requires; webhooks and statistics scopes never reach them here.';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('feed')
@Roles('integrator')
@Scopes('feed')
export class FeedController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOperation({
    summary: 'The integration events of the whole service in commit order, page by page, replayable from the first event',
    description:
      'Public, versioned events (case.opened.v1, …; schemas in openapi/asyncapi.yaml). next is the position of the last event read, ' +
      'even one the types filter left out, so a filtered consumer never reads it again; next is null only when nothing came after ' +
      'the cursor yet. A bad cursor is 400 INVALID_CURSOR, an unknown type 400 UNKNOWN_EVENT_TYPE. ' +
      FEED_ACCESS,
  })
  @ApiOkResponse({ type: FeedPageView })
  @ApiProblems(400, 401, 403)
  page(@Query() query: FeedQueryDto): Promise<FeedPageView> {
    return readFeedPage(this.store, {
      after: parseCursor(this.store, query.cursor),
      limit: query.limit === undefined ? FEED_DEFAULT_LIMIT : Number(query.limit),
      wanted: parseTypes(query.types),
    });
  }
}
