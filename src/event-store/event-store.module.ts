import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '../config/config';
import { PG_POOL } from '../database/database.tokens';
import { EventLog } from './event-log';
import { EVENT_STORE, EventStore } from './event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

const createEventStore = async (config: AppConfig, pool: Pool): Promise<EventStore> => {
  if (config.eventStore === 'postgres') return new PostgresEventStore(pool);
  // Loaded lazily: the gRPC client is only needed when EventStoreDB is the store.
  const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
  return EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString!, { timeoutMs: config.eventStoreTimeoutMs });
};

/** The configured EventStore adapter, and the EventLog (hash chain) every command appends through. */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static register(config: AppConfig): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        { provide: EVENT_STORE, useFactory: (pool: Pool) => createEventStore(config, pool), inject: [PG_POOL] },
        { provide: EventLog, useFactory: (store: EventStore) => new EventLog(store), inject: [EVENT_STORE] },
      ],
      exports: [EVENT_STORE, EventLog],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
