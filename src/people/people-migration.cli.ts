import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { assertDataDirFree } from '../database/data-dir-lock';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrate } from '../database/migrate';
import { createPool } from '../database/pool';
import { createEventStore } from '../event-store/create-event-store';
import { EventLog } from '../event-store/event-log';
import { migrateLegacyMembers } from './people-migration';

/**
 * npm run people:migrate
 * One-off, after upgrading: registers in the person registry every household member added before it existed.
 * Appends only; safe to run again, and while the API runs.
 */
const run = async (): Promise<number> => {
  const config = loadConfig();
  if (!config.databaseUrl) assertDataDirFree(config.dataDir);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const pool = createPool(config.databaseUrl ?? embedded!.connectionString, embedded ? 1 : 2);
  const store = await createEventStore(config, pool);
  try {
    await migrate(pool);
    const report = await migrateLegacyMembers(new EventLog(store));
    console.log(
      `members from before the registry: ${report.legacyMembers}; registered now: ${report.registered}; ` +
        `already registered: ${report.alreadyRegistered}`,
    );
    return 0;
  } finally {
    await store.close();
    await pool.end();
    await embedded?.stop();
  }
};

run().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : `people migration failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
