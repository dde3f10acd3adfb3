import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { describeEventStoreContract } from './support/event-store-contract';
import { describeConcurrencyContract } from './support/concurrency-contract';
import { createTestDatabase } from './support/test-database';

describeEventStoreContract(`postgres (${process.env.DATABASE_URL ? 'server' : 'embedded PGlite'})`, async () => {
  const database = await createTestDatabase();
  const store = new PostgresEventStore(database.pool);
  return {
    store,
    teardown: async () => {
      await store.close();
      await database.close();
    },
  };
});

describeConcurrencyContract(`postgres (${process.env.DATABASE_URL ? 'server' : 'embedded PGlite'})`, async () => {
  const database = await createTestDatabase();
  const store = new PostgresEventStore(database.pool);
  return {
    store,
    teardown: async () => {
      await store.close();
      await database.close();
    },
  };
});
