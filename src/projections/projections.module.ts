import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Pool } from 'pg';
import { DATABASE_URL, PG_POOL, PROJECTION_POOL } from '../database/database.tokens';
import { EVENT_STORE, EventStore } from '../event-store/event-store';
import { Projection } from './projection';
import { ProjectionRunner, RunnerPlacement } from './projection-runner';
import { WorkerOptions } from './projection-worker';
import { ReadYourWritesInterceptor } from './read-your-writes';
import { ProjectionsController } from './projections.controller';
import { ReadRebuildHandler } from './rebuild-progress';
import { Metrics } from '../observability/metrics';
import { registerProjectionMetrics } from './projection-metrics';

export interface ProjectionsOptions {
  projections: Projection[];
  /** false: the workers never start (tests of a lagging read model, the OpenAPI generator). */
  run: boolean;
  /** false: read-model tables are not created at start (only the OpenAPI generator, which has no database). */
  prepare: boolean;
  worker?: Partial<WorkerOptions>;
  /** Set: the workers run on a thread of their own, with a pool of this size. */
  thread?: RunnerPlacement['thread'];
}

const OPTIONS = Symbol('PROJECTIONS_OPTIONS');

/** Starts the projection runner with the application and stops it before the stores close. */
@Global()
@Module({})
export class ProjectionsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(OPTIONS) private readonly options: ProjectionsOptions,
    metrics: Metrics,
  ) {
    registerProjectionMetrics(metrics, runner);
  }

  static register(options: ProjectionsOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      controllers: [ProjectionsController],
      providers: [
        { provide: OPTIONS, useValue: options },
        {
          provide: ProjectionRunner,
          useFactory: (requests: Pool, workers: Pool, store: EventStore, url: string) =>
            new ProjectionRunner(options.projections, { requests, workers }, store, url, options.worker, { thread: options.thread }),
          inject: [PG_POOL, PROJECTION_POOL, EVENT_STORE, DATABASE_URL],
        },
        ReadYourWritesInterceptor,
        ReadRebuildHandler,
      ],
      exports: [ProjectionRunner, ReadYourWritesInterceptor],
    };
  }

  /** Tables exist before the first request, so a query never hits a missing read model. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.options.prepare) await this.runner.prepare();
    if (this.options.run) this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }
}
