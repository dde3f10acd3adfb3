import { DynamicModule, Module } from '@nestjs/common';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarTokenController } from './calendar-token.controller';
import { FeedTokens } from './feed-tokens';
import { REMINDERS_ACTIVE, ReminderJob } from './reminders/reminder-job';
import { ReminderSettingsController } from './reminders/reminder-settings.controller';
import { ListWorkerDeadlinesHandler } from './worker-deadlines.query';

/** Deadlines where workers look: a private ICS feed per worker and an optional e-mail digest (active: false without a database). */
@Module({})
export class CalendarModule {
  static register({ active }: { active: boolean }): DynamicModule {
    return {
      module: CalendarModule,
      controllers: [CalendarTokenController, CalendarFeedController, ReminderSettingsController],
      providers: [FeedTokens, ListWorkerDeadlinesHandler, { provide: REMINDERS_ACTIVE, useValue: active }, ReminderJob],
    };
  }
}
