import { Pool } from 'pg';
import { AppConfig } from '../config/config';
import { EventStore } from './event-store';
import { PostgresEventStore } from './postgres/postgres-event-store';

/** The configured adapter; the gRPC client is loaded only when EventStoreDB is the store. */
export const createEventStore = async (config: AppConfig, pool: Pool): Promise<EventStore> => {
  if (config.eventStore === 'postgres') return new PostgresEventStore(pool);
  const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store');
  return EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString!, { timeoutMs: config.eventStoreTimeoutMs });
};
