import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/**
 * The API under test, as production runs it: `node dist/main.js`, a separate process on a free port, with a fresh
 * database, configured only through its documented environment variables.
 */
export const ROOT = resolve(__dirname, '..', '..');

export const build = (): void => {
  console.log('building (npm run build)…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
};

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => done(port));
    });
  });

/** A scratch database `tutela_bench_<random>` on DATABASE_URL's server, dropped at the end. */
export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export const createScratchDatabase = async (serverUrl: string): Promise<ScratchDatabase> => {
  const name = `tutela_bench_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
};

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  dataDir: string;
  logFile: string;
  /** Environment the API runs with (also what `dist/auth/token.cli.js` needs to mint its tokens). */
  env: NodeJS.ProcessEnv;
  /** VmHWM (peak resident set) of the API process, in bytes, from /proc; undefined where /proc is missing. */
  peakRss(): number | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  databaseUrl?: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  logLevel?: string;
}

const readStatus = (pid: number, field: string): number | undefined => {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
};

const waitReady = async (baseUrl: string, child: ChildProcess, logFile: string, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    try {
      const answer = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (answer.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the API was not ready within ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
};

export const startApi = async (options: StartOptions): Promise<ApiProcess> => {
  const main = join(ROOT, 'dist', 'main.js');
  if (!existsSync(main)) throw new Error('dist/main.js is missing: run without --no-build');
  const dataDir = mkdtempSync(join(tmpdir(), 'tutela-bench-'));
  const logFile = join(dataDir, 'api.log');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATA_DIR: dataDir,
    // The documented way to run with tokens you mint yourself (as docker-compose.yml does).
    AUTH_JWT_SECRET: randomBytes(48).toString('base64url'),
    // One client sends thousands of requests a second: the per-user limit must be off (README, Configuration).
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: options.logLevel ?? 'info',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    // Passed on for a comparison run: unset, the API decides as in production.
    ...(process.env.PROJECTIONS_OWN_THREAD ? { PROJECTIONS_OWN_THREAD: process.env.PROJECTIONS_OWN_THREAD } : {}),
  };
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), main], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitReady(baseUrl, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    baseUrl,
    pid: child.pid!,
    dataDir,
    logFile,
    env,
    peakRss: () => readStatus(child.pid!, 'VmHWM'),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
};

/** Removes the API's temporary DATA_DIR (embedded database, log) unless asked to keep it. */
export const removeDataDir = (api: ApiProcess): void => rmSync(api.dataDir, { recursive: true, force: true });

/** A bearer token the documented way: `npm run token` (here its built form) with the instance's secret. */
export const mintToken = (api: ApiProcess, sub: string, role: string, name: string): string =>
  execFileSync(process.execPath, [join(ROOT, 'dist', 'auth', 'token.cli.js'), '--sub', sub, '--role', role, '--name', name], {
    cwd: ROOT,
    env: api.env,
    encoding: 'utf8',
  }).trim();
