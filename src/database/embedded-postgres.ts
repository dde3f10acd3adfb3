import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Embedded Postgres (PGlite) behind a loopback socket, so `pg` speaks to it exactly as to a server. */
export interface EmbeddedPostgres {
  connectionString: string;
  stop(): Promise<void>;
}

// The package exports its extensions by subpath, which this project's CommonJS module resolution cannot type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };

/** Connections the socket accepts; the pg pool must stay below it. */
export const EMBEDDED_MAX_CONNECTIONS = 32;

/**
 * Postgres settings for a database that shares the API's process: small buffers, since the memory of WebAssembly
 * is never given back once touched. PGlite's own defaults come first; later settings win.
 */
const START_PARAMS = ['-c', 'shared_buffers=32MB', '-c', 'work_mem=4MB', '-c', 'maintenance_work_mem=32MB', '-c', 'temp_buffers=4MB'];

/** A new data directory is made by initdb in a child process: its peak (some 500 MB) ends with the child. */
const initialiseInChild = (dataDir: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const pglite = JSON.stringify(require.resolve('@electric-sql/pglite'));
    const script = `require(${pglite}).PGlite.create(${JSON.stringify(dataDir)}).then((db) => db.close())`;
    execFile(process.execPath, ['-e', script], { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`initialising the embedded database failed: ${stderr || error.message}`)) : resolve(),
    );
  });

export const startEmbeddedPostgres = async (dataDir: string | 'memory'): Promise<EmbeddedPostgres> => {
  if (dataDir !== 'memory') {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseInChild(dataDir);
  }
  const startParams = [...PGlite.defaultStartParams, ...START_PARAMS];
  // pg_trgm: the person registry's typo-tolerant name search.
  const db = await PGlite.create(dataDir === 'memory' ? undefined : dataDir, { startParams, extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  let stopped = false;
  return {
    connectionString: `postgres://postgres@${host}:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close(); // flushes to ./data, so a normal stop never corrupts it
    },
  };
};
