import autocannon from 'autocannon';
import { KINDS, Kind, Mix, Planned, isCommand } from './mix';
import { Percentiles, percentiles } from './stats';

/** What one load phase saw, counted from every answer (autocannon's own summary is not split by kind). */
export interface LoadResult {
  connections: number;
  seconds: number;
  /** Offered rate (open loop only), requests per second. */
  targetRate?: number;
  requests: number;
  /** Commands answered 2xx. */
  commands: number;
  requestsPerSecond: number;
  commandsPerSecond: number;
  latency: Percentiles;
  commandLatency: Percentiles;
  /** Answers by status code, all kinds; and by kind. */
  statuses: Record<string, number>;
  byKind: Record<string, { count: number; statuses: Record<string, number>; latency?: Percentiles }>;
  non2xx: number;
  conflicts409: number;
  /** Socket errors and timeouts (no answer at all). */
  errors: number;
  timeouts: number;
}

/** Collects every answer: autocannon calls onResponse (which names the request) then emits 'response' (its latency). */
class Recorder {
  readonly all: number[] = [];
  readonly commands: number[] = [];
  readonly statuses: Record<string, number> = {};
  readonly kindLatencies = Object.fromEntries(KINDS.map((k) => [k, [] as number[]])) as Record<Kind, number[]>;
  readonly byKind = Object.fromEntries(KINDS.map((k) => [k, { count: 0, statuses: {} as Record<string, number> }])) as LoadResult['byKind'];
  /** Commands answered 2xx: what commands/s counts. */
  commandsOk = 0;
  errors = 0;
  timeouts = 0;
  private last?: Planned;
  private lastStatus = 0;

  answered(planned: Planned, status: number): void {
    this.last = planned;
    this.lastStatus = status;
  }

  latency(status: number, ms: number): void {
    const planned = this.last;
    this.last = undefined;
    if (!planned || status !== this.lastStatus) return; // not ours (cannot happen with pipelining 1)
    this.all.push(ms);
    if (isCommand(planned.kind)) {
      this.commands.push(ms);
      if (status >= 200 && status < 300) this.commandsOk++;
    }
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    const kind = this.byKind[planned.kind as Kind];
    kind.count++;
    this.kindLatencies[planned.kind].push(ms);
    kind.statuses[status] = (kind.statuses[status] ?? 0) + 1;
  }

  result(connections: number, seconds: number, targetRate?: number): LoadResult {
    for (const kind of KINDS) this.byKind[kind].latency = percentiles(this.kindLatencies[kind]);
    const non2xx = Object.entries(this.statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n : n + count), 0);
    return {
      connections,
      seconds,
      targetRate,
      requests: this.all.length,
      commands: this.commandsOk,
      requestsPerSecond: this.all.length / seconds,
      commandsPerSecond: this.commandsOk / seconds,
      latency: percentiles(this.all),
      commandLatency: percentiles(this.commands),
      statuses: this.statuses,
      byKind: this.byKind,
      non2xx,
      conflicts409: this.statuses['409'] ?? 0,
      errors: this.errors,
      timeouts: this.timeouts,
    };
  }
}

/** autocannon's `requests`: one step whose setupRequest asks the mix for the next request. */
const requestsFrom = (mix: Mix, recorder: Recorder): autocannon.Request[] => [
  {
    setupRequest: (request: autocannon.Request, context: Record<string, unknown>) => {
      const planned = mix.next();
      context.planned = planned;
      const headers: Record<string, string> = { authorization: `Bearer ${planned.token}`, accept: 'application/json' };
      if (planned.body !== undefined) headers['content-type'] = 'application/json';
      return { ...request, method: planned.method, path: planned.path, headers, body: planned.body };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      const planned = context.planned as Planned;
      mix.answered(planned, status, body);
      recorder.answered(planned, status);
    },
  } as unknown as autocannon.Request,
];

const run = (options: autocannon.Options, recorder: Recorder): { done: Promise<autocannon.Result>; stop: () => void } => {
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on('response', (_client, status, _bytes, ms) => recorder.latency(status, ms));
  instance.on('reqError', () => recorder.errors++);
  return { done, stop: () => instance.stop() };
};

/** Closed loop: `connections` clients, each sending its next request as soon as the last is answered. */
export const closedLoop = async (baseUrl: string, mix: Mix, connections: number, seconds: number): Promise<LoadResult> => {
  const recorder = new Recorder();
  const result = await run({ url: baseUrl, connections, duration: seconds, requests: requestsFrom(mix, recorder) }, recorder).done;
  recorder.timeouts = result.timeouts;
  return recorder.result(connections, seconds);
};

/**
 * Open loop at `rate` requests/s. autocannon's rate limit hands each connection its quota at the start of every
 * second, so a single instance would send the whole second's requests in one burst. Here `waves` instances start
 * evenly spread over the first second, each connection sending about one request a second: arrivals come in small
 * groups every 1000/waves ms, close to a steady rate. A connection still waits for its answer before the next
 * request, so an answer slower than a second delays the schedule (coordinated omission); the report shows the rate
 * actually achieved.
 */
export const openLoop = async (baseUrl: string, mix: Mix, rate: number, seconds: number): Promise<LoadResult> => {
  const recorder = new Recorder();
  const total = Math.max(1, Math.round(rate));
  const waves = Math.min(50, total);
  const runs: Promise<autocannon.Result>[] = [];
  let connections = 0;
  for (let wave = 0; wave < waves; wave++) {
    const share = Math.floor(total / waves) + (wave < total % waves ? 1 : 0);
    connections += share;
    await new Promise((r) => setTimeout(r, wave === 0 ? 0 : 1000 / waves));
    const options = { url: baseUrl, connections: share, overallRate: share, duration: seconds, requests: requestsFrom(mix, recorder) };
    runs.push(run(options, recorder).done);
  }
  const results = await Promise.all(runs);
  recorder.timeouts = results.reduce((n, r) => n + r.timeouts, 0);
  return recorder.result(connections, seconds, total);
};
