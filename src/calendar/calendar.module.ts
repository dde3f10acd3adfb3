import { Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarTokenController } from './calendar-token.controller';
import { FeedTokens } from './feed-tokens';

/** Deadlines where workers look: a private ICS feed per worker. */
@Module({ controllers: [CalendarTokenController, CalendarFeedController], providers: [FeedTokens] })
export class CalendarModule {}
