import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { AuthModule } from './auth/auth.module';
import { SigningSecret } from './auth/signing-secret';
import { CLOCK, Clock, systemClock } from './common/clock';
import { IdempotencyInterceptor } from './common/http/idempotency.interceptor';
import { ProblemFilter } from './common/problem.filter';
import { LoadStateHandler, SendCommandHandler, Streams } from './common/send-command';
import { StreamStates } from './common/stream-states';
import { APP_CONFIG, AppConfig, LogLevel } from './config/config';
import { DatabaseModule } from './database/database.module';
import { EventStoreModule } from './event-store/event-store.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { DeadlineEngineModule } from './cases/lapses/deadline-engine.module';
import { CommunityModule } from './community/community.module';
import { CarersModule } from './carers/carers.module';
import { CourtModule } from './court/court.module';
import { AccessModule } from './access/access.module';
import { FamiliesModule } from './families/families.module';
import { PeopleModule } from './people/people.module';
import { VocabularyModule } from './vocabulary/vocabulary.module';
import { FeedModule } from './feed/feed.module';
import { WebhooksModule } from './feed/webhooks/webhooks.module';
import { StatisticsExportModule } from './feed/statistics-export/statistics-export.module';
import { CaseListModule } from './projections/case-list/case-list.module';
import { HealthController } from './health/health.controller';
import { ObservabilityModule } from './observability/observability.module';
import { ALL_PROJECTIONS } from './projections/all-projections';
import { DeadlinesModule } from './projections/deadlines/deadlines.module';
import { ProjectionsModule } from './projections/projections.module';
import { CaseloadModule } from './projections/caseload/caseload.module';
import { ApprovalsModule } from './projections/approvals/approvals.module';
import { StatisticsModule } from './projections/statistics/statistics.module';
import { TimelineModule } from './projections/timeline/timeline.module';
import { WorkerOptions } from './projections/projection-worker';

export interface AppOptions {
  config: AppConfig;
  secret: SigningSecret | undefined;
  /** A database owned by the caller (tests). */
  database?: { pool: Pool; connectionString: string };
  clock?: Clock;
  /** false only for the OpenAPI generator, which never touches the database. */
  migrate?: boolean;
  /** false: projections are not run (the OpenAPI generator). */
  projections?: boolean;
  projectionWorker?: Partial<WorkerOptions>;
  /** The level of the projection thread's own logger ('silent' when the application logs nothing). */
  threadLogLevel?: LogLevel;
}

@Module({})
export class AppModule {
  static register(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      // The clock and the configuration are shared by every feature module.
      global: true,
      imports: [
        CqrsModule.forRoot(),
        ObservabilityModule.register(options.config),
        DatabaseModule.register({ config: options.config, external: options.database, migrate: options.migrate }),
        EventStoreModule.register(options.config),
        AuthModule.register(options.config, options.secret),
        FamiliesModule,
        PeopleModule,
        VocabularyModule,
        CasesModule,
        DeadlineEngineModule.register({ active: (options.migrate ?? true) && (options.projections ?? true) }),
        CommunityModule,
        CarersModule,
        CaseListModule,
        DeadlinesModule,
        CalendarModule.register({ active: (options.migrate ?? true) && (options.projections ?? true) }),
        TimelineModule,
        CaseloadModule,
        ApprovalsModule,
        StatisticsModule,
        CourtModule.register({ active: options.migrate ?? true }),
        AccessModule,
        WebhooksModule.register({ active: options.migrate ?? true }),
        StatisticsExportModule,
        FeedModule,
        ProjectionsModule.register({
          projections: ALL_PROJECTIONS,
          run: options.projections ?? true,
          prepare: options.migrate ?? true,
          worker: options.projectionWorker,
          ...(options.config.projectionsOwnThread && {
            thread: { poolSize: options.config.projectionPoolSize, logLevel: options.threadLogLevel ?? options.config.logLevel },
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        SendCommandHandler,
        LoadStateHandler,
        StreamStates,
        Streams,
      ],
      exports: [CLOCK, APP_CONFIG, Streams, StreamStates],
    };
  }
}
