import { Module } from '@nestjs/common';
import { FeedController } from './feed/feed.controller';
import { FeedStreamController } from './feed/feed-stream.controller';
import { FeedStreams } from './feed/feed-streams';

/** Integrators: the replayable feed (GET /feed) and its live form (GET /feed/stream). Webhooks and exports have their own modules. */
@Module({ controllers: [FeedController, FeedStreamController], providers: [FeedStreams] })
export class FeedModule {}
