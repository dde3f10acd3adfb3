import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Embedded Postgres (PGlite) behind a loopback socket, so `pg` speaks to it exactly as to a server. */
export interface EmbeddedPostgres {
  connectionString: string;
  stop(): Promise<void>;
}

/** Connections the socket accepts; the pg pool must stay below it. */
export const EMBEDDED_MAX_CONNECTIONS = 32;

export const startEmbeddedPostgres = async (dataDir: string | 'memory'): Promise<EmbeddedPostgres> => {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
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
