import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';

/**
 * The physical baseline: what the database under the API does with the simplest durable write, single-row INSERTs
 * (autocommit, one row per transaction, a JSON payload about the size of an event) from `connections` concurrent
 * connections for a fixed time. Commands/s ÷ this is how much of the storage's write rate reaches the API's clients.
 */
export interface BaselineResult {
  where: string;
  connections: number;
  seconds: number;
  inserts: number;
  insertsPerSecond: number;
}

const PAYLOAD = JSON.stringify({
  kind: 'home-visit',
  participants: ['madre', 'minore'],
  entries: [{ kind: 'fact', text: 'Casa in ordine, frigorifero pieno. '.repeat(6) }],
  actor: { id: 'sw-1', role: 'social-worker' },
  correlationId: '00000000-0000-4000-8000-000000000000',
});

export const insertBaseline = async (
  connectionString: string,
  where: string,
  connections: number,
  seconds: number,
): Promise<BaselineResult> => {
  const table = `bench_baseline_${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString, max: connections });
  try {
    await pool.query(
      `CREATE TABLE ${table} (id bigserial PRIMARY KEY, stream text NOT NULL, data jsonb NOT NULL,` +
        ' recorded_at timestamptz NOT NULL DEFAULT now())',
    );
    const sql = `INSERT INTO ${table} (stream, data) VALUES ($1, $2)`;
    let inserts = 0;
    const started = performance.now();
    const until = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: connections }, async (_, worker) => {
        while (performance.now() < until) {
          await pool.query(sql, [`case-${worker}-${inserts % 97}`, PAYLOAD]);
          inserts++;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    await pool.query(`DROP TABLE ${table}`);
    return { where, connections, seconds: elapsed, inserts, insertsPerSecond: inserts / elapsed };
  } finally {
    await pool.end();
  }
};

/**
 * Embedded mode: the API's PGlite listens on a loopback port it picks at random and does not publish, so the bench
 * cannot reach it from outside. It runs the same PGlite version, on disk in a temporary folder, behind the same
 * socket server, in the bench process instead (while the API is stopped or idle).
 */
export const embeddedInsertBaseline = (connections: number, seconds: number): Promise<BaselineResult> =>
  embeddedBaseline((url) =>
    insertBaseline(url, 'temporary PGlite (on disk) behind pglite-socket, in the bench process', connections, seconds),
  );

/** Runs a baseline against a temporary on-disk PGlite behind the same socket server as the API's. */
export const embeddedBaseline = async <T>(measure: (connectionString: string) => Promise<T>, connections = 16): Promise<T> => {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dir = mkdtempSync(join(tmpdir(), 'tutela-bench-pglite-'));
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: Math.max(32, connections + 1) });
  await server.start();
  try {
    const [host, port] = server.getServerConn().split(':');
    return await measure(`postgres://postgres@${host}:${port}/postgres?sslmode=disable`);
  } finally {
    await server.stop();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
