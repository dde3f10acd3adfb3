import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { createPool } from '../../src/database/pool';
import { migrate } from '../../src/database/migrate';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

export interface TestDatabase {
  kind: 'postgres' | 'pglite';
  connectionString: string;
  pool: Pool;
  close(): Promise<void>;
}

const withDatabase = (url: string, database: string): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** A fresh, migrated database per test file: on DATABASE_URL's server, or an in-memory PGlite. */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres('memory');
    const pool = createPool(embedded.connectionString, 1);
    await migrate(pool);
    return {
      kind: 'pglite',
      connectionString: embedded.connectionString,
      pool,
      async close() {
        await pool.end();
        await embedded.stop();
      },
    };
  }
  const name = `tutela_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const connectionString = withDatabase(serverUrl, name);
  const pool = createPool(connectionString, 20);
  await migrate(pool);
  return {
    kind: 'postgres',
    connectionString,
    pool,
    async close() {
      await pool.end();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
};

const adminQuery = async (url: string, sql: string): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
