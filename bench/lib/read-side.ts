import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { contactBody } from './bodies';
import { ApiClient } from './client';
import { closedLoop } from './load';
import { Mix } from './mix';
import { Actor } from './population';
import { mulberry32 } from './prng';
import { Percentiles, median, percentiles } from './stats';

/** Time from a command's answer until `GET /cases?consistentWith=` answers, probed while the mix runs. */
export interface LagResult {
  connections: number;
  seconds: number;
  probes: number;
  latency: Percentiles;
  /** The same read without consistentWith, right after: what a read costs under this load, waiting for nothing. */
  plainRead: Percentiles;
}

export interface RebuildResult {
  /** Events in the log when the rebuilds ran. */
  events: number;
  /** Each projection rebuilt alone, one after the other: events replayed per second. */
  perProjection: Record<string, number>;
  medianEventsPerSecond: number;
}

/** The bulk baseline: 100-row INSERT … SELECT statements from one connection, rows per second. */
export interface BulkBaselineResult {
  statements: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface ReadLatency {
  path: string;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

export const measureLag = async (
  client: ApiClient,
  mix: Mix,
  prober: Actor,
  caseIds: string[],
  connections: number,
  seconds: number,
): Promise<LagResult> => {
  const samples: number[] = [];
  const plain: number[] = [];
  const load = closedLoop(client.baseUrl, mix, connections, seconds);
  const until = performance.now() + seconds * 1000;
  const random = mulberry32(7);
  while (performance.now() < until) {
    const caseId = caseIds[Math.floor(random() * caseIds.length)];
    const answer = await client.request<{ position?: string }>('POST', `/cases/${caseId}/contacts`, prober.token, contactBody(random));
    if (answer.status >= 300 || !answer.body.position) continue;
    const answered = performance.now();
    const read = await client.request('GET', `/cases?limit=1&consistentWith=${encodeURIComponent(answer.body.position)}`, prober.token);
    if (read.status !== 200) continue;
    samples.push(performance.now() - answered);
    const started = performance.now();
    if ((await client.request('GET', '/cases?limit=1', prober.token)).status === 200) plain.push(performance.now() - started);
  }
  await load;
  return { connections, seconds, probes: samples.length, latency: percentiles(samples), plainRead: percentiles(plain) };
};

/** Rebuilds every projection through the admin API, one at a time, and reads each one's replay rate. */
export const measureRebuilds = async (client: ApiClient, admin: Actor): Promise<RebuildResult> => {
  const { body: status } = await client.request<{ items: Array<{ name: string }> }>('GET', '/admin/projections', admin.token);
  const perProjection: Record<string, number> = {};
  let events = 0;
  for (const { name } of status.items) {
    const asked = await client.request<{ id: string }>('POST', `/admin/projections/${name}/rebuild`, admin.token);
    if (asked.status !== 202) throw new Error(`rebuild of ${name} answered ${asked.status}`);
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const { body } = await client.request<{ state: string; eventsDone: number; startedAt: string; finishedAt: string; error: string }>(
        'GET',
        `/admin/projections/rebuilds/${asked.body.id}`,
        admin.token,
      );
      if (body.state === 'failed') throw new Error(`rebuild of ${name} failed: ${body.error}`);
      if (body.state !== 'done') continue;
      const seconds = (Date.parse(body.finishedAt) - Date.parse(body.startedAt)) / 1000;
      perProjection[name] = body.eventsDone / Math.max(seconds, 0.001);
      events = Math.max(events, body.eventsDone);
      break;
    }
  }
  return { events, perProjection, medianEventsPerSecond: median(Object.values(perProjection)) };
};

export const bulkInsertBaseline = async (connectionString: string, seconds: number): Promise<BulkBaselineResult> => {
  const table = `bench_bulk_${randomBytes(4).toString('hex')}`;
  const pool = new Pool({ connectionString, max: 1 });
  try {
    await pool.query(`CREATE TABLE ${table} (id bigserial PRIMARY KEY, stream text NOT NULL, data jsonb NOT NULL)`);
    const sql = `INSERT INTO ${table} (stream, data) SELECT 'case-' || g, jsonb_build_object('n', g, 'kind', 'home-visit')
                 FROM generate_series(1, 100) g`;
    let statements = 0;
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      await pool.query(sql);
      statements++;
    }
    const elapsed = (performance.now() - started) / 1000;
    await pool.query(`DROP TABLE ${table}`);
    return { statements, rows: statements * 100, seconds: elapsed, rowsPerSecond: (statements * 100) / elapsed };
  } finally {
    await pool.end();
  }
};

/** GETs only, `connections` at a time: the list, single cases in turn, and liveness as the framework's floor. */
export const measureReads = async (
  baseUrl: string,
  reader: Actor,
  caseIds: string[],
  connections: number,
  seconds: number,
): Promise<ReadLatency[]> => {
  const headers = { authorization: `Bearer ${reader.token}`, accept: 'application/json' };
  const run = async (path: string, paths?: string[]): Promise<ReadLatency> => {
    let next = 0;
    const requests = paths
      ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length] }) }]
      : undefined;
    const result = await autocannon({ url: `${baseUrl}${path}`, connections, duration: seconds, headers, requests } as autocannon.Options);
    if (result.non2xx > 0) throw new Error(`GET ${path}: ${result.non2xx} answers were not 2xx`);
    return {
      path,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
    };
  };
  return [
    await run('/cases?limit=50'),
    await run(
      '/cases/{caseId}',
      caseIds.map((id) => `/cases/${id}`),
    ),
    // The floor: liveness reads no database and checks no token; no read can answer faster than this one does.
    await run('/health'),
  ];
};
