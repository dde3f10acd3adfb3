import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { buildOpenApiDocument, createApp } from './bootstrap';
import { loadConfig } from './config/config';

/** Writes openapi/openapi.json from the code alone: no server, no database (the pool never connects). */
export const generateOpenApi = async (): Promise<string> => {
  const config = loadConfig({});
  const pool = new Pool({ connectionString: 'postgres://unused@127.0.0.1:1/none' });
  const app = await createApp({
    config,
    secret: { key: new Uint8Array(32), generated: false },
    database: { pool, connectionString: 'postgres://unused@127.0.0.1:1/none' },
    migrate: false,
    projections: false,
    logger: false,
  });
  try {
    await app.init();
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
    await pool.end();
  }
};

if (require.main === module) {
  generateOpenApi().then((json) => {
    const dir = join(__dirname, '..', 'openapi');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'openapi.json'), json);
    console.log('openapi/openapi.json written');
  });
}
