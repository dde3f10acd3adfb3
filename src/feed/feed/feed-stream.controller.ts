import { Controller, Get, Headers, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles, Scopes } from '../../auth/auth.guard';
import { ApiProblems } from '../../common/api-problems';
import { EVENT_STORE, EventStore } from '../../event-store/event-store';
import { FeedStreamQueryDto } from './dto/feed.query.dto';
import { FEED_ACCESS } from './feed.controller';
import { parseCursor, parseTypes } from './feed-filter';
import { FeedStreams } from './feed-streams';

const EVENT_STREAM = 'text/event-stream';
const FRAME_EXAMPLE = 'id: 1234-56\nevent: case.opened.v1\ndata: {"id":"…","type":"case.opened.v1",…}\n\n: heartbeat\n\n';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('feed')
@Roles('integrator')
@Scopes('feed')
export class FeedStreamController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly streams: FeedStreams,
  ) {}

  @Get('stream')
  @ApiOperation({
    summary: 'The feed as Server-Sent Events: catch-up from the cursor, then live, resumable with Last-Event-ID',
    description:
      'Each event is a frame "id: <position>", "event: <type>", "data: <the JSON of a GET /feed item>". A comment ": heartbeat" comes ' +
      'every 15 s (FEED_HEARTBEAT_MS); with it, a frame holding only an id may move Last-Event-ID past events the types filter left out. ' +
      'The server reads the next event only once the socket has room for it. A bad Last-Event-ID or after is 400 ' +
      'INVALID_CURSOR before any stream byte. ' +
      FEED_ACCESS,
  })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The last id received: resume right after it (wins over after)' })
  @ApiProduces(EVENT_STREAM)
  @ApiOkResponse({ description: 'Server-Sent Events', content: { [EVENT_STREAM]: { schema: { type: 'string', example: FRAME_EXAMPLE } } } })
  @ApiProblems(400, 401, 403)
  async stream(
    @Query() query: FeedStreamQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() response: Response,
  ): Promise<void> {
    // Both are checked before the first byte, so a refusal is still a problem+json answer.
    const after = parseCursor(this.store, lastEventId || query.after);
    const wanted = parseTypes(query.types);
    await this.streams.serve(response, { after, wanted });
  }
}
