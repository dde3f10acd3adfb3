import { join } from 'node:path';
import { Pool } from 'pg';
import { runner } from 'node-pg-migrate';

/** Kept SQL migration files; copied beside the compiled code by `npm run build`. */
export const MIGRATIONS_DIR = join(__dirname, 'migrations');

export const migrate = async (pool: Pool, log: (line: string) => void = () => undefined): Promise<void> => {
  const client = await pool.connect();
  try {
    await runner({
      dbClient: client,
      dir: MIGRATIONS_DIR,
      direction: 'up',
      migrationsTable: 'pgmigrations',
      count: Infinity,
      checkOrder: true,
      log,
      logger: { debug: () => undefined, info: log, warn: log, error: log },
    });
  } finally {
    client.release();
  }
};
