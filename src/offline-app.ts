import { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import { createApp } from './bootstrap';
import { loadConfig } from './config/config';

const UNUSED_DATABASE = 'postgres://unused@127.0.0.1:1/none';

/** The whole app from the code alone, for generators (OpenAPI, authorization matrix): no server, no database. */
export const withOfflineApp = async <T>(use: (app: INestApplication) => T | Promise<T>): Promise<T> => {
  const pool = new Pool({ connectionString: UNUSED_DATABASE });
  const app = await createApp({
    config: loadConfig({}),
    secret: { key: new Uint8Array(32), generated: false },
    database: { pool, connectionString: UNUSED_DATABASE },
    migrate: false,
    projections: false,
    logger: false,
  });
  try {
    await app.init();
    return await use(app);
  } finally {
    await app.close();
    await pool.end();
  }
};
