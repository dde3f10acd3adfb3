import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Embedded Postgres (PGlite) behind a loopback socket, so `pg` speaks to it exactly as to a server. */
export interface EmbeddedPostgres {
  connectionString: string;
  stop(): Promise<void>;
}

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

/**
 * PGlite runs queries synchronously: on its own thread, a query never holds up the API's event loop, and the
 * database gets the second core. The thread speaks Postgres on a loopback port, like a server.
 */
const DATABASE_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglite);
const { PGLiteSocketServer } = require(workerData.socket);
(async () => {
  const startParams = [...PGlite.defaultStartParams, ...workerData.startParams];
  const db = await PGlite.create(workerData.dataDir, { startParams });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: workerData.maxConnections });
  await server.start();
  parentPort.on('message', async (message) => {
    if (message !== 'stop') return;
    await server.stop();
    await db.close();
    parentPort.postMessage({ stopped: true });
  });
  parentPort.postMessage({ listening: server.getServerConn() });
})().catch((error) => parentPort.postMessage({ failed: String((error && error.stack) || error) }));
`;

const STOP_TIMEOUT_MS = 30_000;

export const startEmbeddedPostgres = async (dataDir: string | 'memory'): Promise<EmbeddedPostgres> => {
  if (dataDir !== 'memory') {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseInChild(dataDir);
  }
  const thread = new Worker(DATABASE_THREAD, {
    eval: true,
    workerData: {
      pglite: require.resolve('@electric-sql/pglite'),
      socket: require.resolve('@electric-sql/pglite-socket'),
      dataDir: dataDir === 'memory' ? undefined : dataDir,
      startParams: START_PARAMS,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    },
  });
  thread.on('error', (error) => console.error(`embedded PGlite thread: ${error.message}`));
  const listening = await answerOf<{ listening?: string; failed?: string }>(thread, (message) => message.listening ?? message.failed);
  if (!listening.listening) {
    await thread.terminate();
    throw new Error(`the embedded database did not start: ${listening.failed ?? 'its thread stopped'}`);
  }
  const [host, port] = listening.listening.split(':');
  let stopped = false;
  return {
    connectionString: `postgres://postgres@${host}:${port}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      thread.postMessage('stop');
      // Closing flushes to DATA_DIR, so a normal stop never corrupts it.
      await Promise.race([answerOf(thread, (message: { stopped?: boolean }) => message.stopped), sleep(STOP_TIMEOUT_MS)]);
      await thread.terminate();
    },
  };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** The thread's first message that `isAnswer` accepts, or an empty answer if the thread exits first. */
const answerOf = <T>(thread: Worker, isAnswer: (message: T) => unknown): Promise<T> =>
  new Promise((resolve) => {
    const onMessage = (message: T) => {
      if (!isAnswer(message)) return;
      thread.off('exit', onExit);
      thread.off('message', onMessage);
      resolve(message);
    };
    const onExit = () => {
      thread.off('message', onMessage);
      resolve({} as T);
    };
    thread.on('message', onMessage);
    thread.once('exit', onExit);
  });
