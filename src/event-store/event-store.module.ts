import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '../config/config';
import { PG_POOL } from '../database/database.tokens';
import { EventLog } from './event-log';
import { EVENT_STORE, EventStore } from './event-store';
import { createEventStore } from './create-event-store';
import { InstrumentedEventStore } from './instrumented-event-store';
import { Metrics } from '../observability/metrics';

/** The configured EventStore adapter, and the EventLog (hash chain) every command appends through. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static register(config: AppConfig): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE,
          // Measured and traced when the application has metrics (always, except in a bare test module).
          useFactory: async (pool: Pool, metrics?: Metrics) => {
            const store = await createEventStore(config, pool);
            return metrics ? new InstrumentedEventStore(store, metrics, config.eventStore) : store;
          },
          inject: [PG_POOL, { token: Metrics, optional: true }],
        },
        { provide: EventLog, useFactory: (store: EventStore) => new EventLog(store), inject: [EVENT_STORE] },
      ],
      exports: [EVENT_STORE, EventLog],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
