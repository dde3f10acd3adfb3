import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BaselineResult, embeddedBaseline, embeddedInsertBaseline, insertBaseline } from './lib/baseline';
import { bulkInsertBaseline, measureLag, measureReads, measureRebuilds } from './lib/read-side';
import { bigCase } from './lib/big-case';
import { ApiClient } from './lib/client';
import { closedLoop, openLoop } from './lib/load';
import { Mix } from './lib/mix';
import { Actors, preparePopulation } from './lib/population';
import { BenchResults, Mode, renderConsole, renderTable, replaceTable } from './lib/results';
import { ROOT, ScratchDatabase, build, createScratchDatabase, mintToken, removeDataDir, startApi } from './lib/server';

/**
 * npm run bench: the HTTP write path under load, measured, never asserted (docs/benchmarks.md says what each number
 * means). Postgres when DATABASE_URL is set (a scratch database on that server), else the embedded default.
 */
const USAGE = `npm run bench [-- --quick] [--seconds 30] [--connections 64] [--population 300] [--seed 1] [--zipf 1]
  [--baseline-seconds 10] [--baseline-connections 16] [--big-case-events 10000] [--big-case-cap 240]
  [--warmup 5] [--lag-connections 16] [--read-seconds 10] [--no-build] [--cpu-prof <dir>] [--no-save]
Env: DATABASE_URL (postgres mode), BENCH_SECONDS (default of --seconds).`;

const options = () => {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      connections: { type: 'string', default: '64' },
      population: { type: 'string' },
      seed: { type: 'string', default: '1' },
      zipf: { type: 'string', default: '1' },
      'baseline-seconds': { type: 'string' },
      'baseline-connections': { type: 'string', default: '16' },
      'big-case-events': { type: 'string' },
      'big-case-cap': { type: 'string' },
      warmup: { type: 'string' },
      'lag-connections': { type: 'string', default: '16' },
      'read-seconds': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'cpu-prof': { type: 'string' },
      'no-save': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const quick = values.quick!;
  const number = (value: string | undefined, full: number, short: number) => (value === undefined ? (quick ? short : full) : Number(value));
  return {
    quick,
    seconds: number(values.seconds ?? process.env.BENCH_SECONDS, 30, 4),
    connections: Number(values.connections),
    population: number(values.population, 300, 40),
    seed: Number(values.seed),
    zipf: Number(values.zipf),
    baselineSeconds: number(values['baseline-seconds'], 10, 2),
    baselineConnections: Number(values['baseline-connections']),
    bigCaseEvents: number(values['big-case-events'], 10_000, 300),
    bigCaseCap: number(values['big-case-cap'], 240, 30),
    warmup: number(values.warmup, 5, 1),
    lagConnections: Number(values['lag-connections']),
    readSeconds: number(values['read-seconds'], 10, 2),
    build: !values['no-build'],
    cpuProf: values['cpu-prof'],
    // A quick run is a smoke test: it prints, and leaves bench/results and docs/benchmarks.md alone.
    save: !quick && !values['no-save'],
  };
};

const API_LOG_LEVEL = 'info'; // the production default: one access log line per request

const main = async () => {
  const o = options();
  const serverUrl = process.env.DATABASE_URL;
  const mode: Mode = serverUrl ? 'postgres' : 'embedded';
  if (o.build) build();
  let scratch: ScratchDatabase | undefined;
  let api: Awaited<ReturnType<typeof startApi>> | undefined;
  try {
    let baseline: BaselineResult;
    if (serverUrl) {
      scratch = await createScratchDatabase(serverUrl);
      console.log(`mode: postgres, scratch database ${scratch.name}`);
      console.log(`baseline: ${o.baselineConnections} connections × single-row inserts for ${o.baselineSeconds} s…`);
      baseline = await insertBaseline(scratch.url, `scratch table in ${scratch.name}`, o.baselineConnections, o.baselineSeconds);
    } else {
      console.log('mode: embedded PGlite (fresh temporary DATA_DIR)');
      console.log(`baseline: ${o.baselineConnections} connections × single-row inserts for ${o.baselineSeconds} s (temporary PGlite)…`);
      baseline = await embeddedInsertBaseline(o.baselineConnections, o.baselineSeconds);
    }
    console.log(`  ${Math.round(baseline.insertsPerSecond)} inserts/s`);

    const nodeFlags = o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProf}`] : [];
    api = await startApi({ databaseUrl: scratch?.url, nodeFlags, logLevel: API_LOG_LEVEL });
    console.log(`API: pid ${api.pid} at ${api.baseUrl} (DATA_DIR ${api.dataDir})`);
    const actor = (sub: string, role: string, name: string) => ({ sub, token: mintToken(api!, sub, role, name) });
    const actors: Actors = {
      socialWorkers: ['Alice Rossi', 'Bruno Verdi', 'Chiara Neri', 'Dario Gallo'].map((name, i) =>
        actor(`sw-${i + 1}`, 'social-worker', name),
      ),
      coordinator: actor('coord-1', 'coordinator', 'Elena Conti'),
    };
    const client = new ApiClient(api.baseUrl);

    let started = performance.now();
    const population = await preparePopulation(client, actors, o.population, o.seed);
    console.log(
      `population: ${o.population} cases (family, minor, case, assessment) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const mix = new Mix(population, actors, { seed: o.seed, exponent: o.zipf });
    if (o.warmup > 0) await closedLoop(api.baseUrl, mix, o.connections, o.warmup);
    console.log(`closed loop: ${o.connections} connections for ${o.seconds} s…`);
    const closed = await closedLoop(api.baseUrl, mix, o.connections, o.seconds);
    console.log(`  ${Math.round(closed.requestsPerSecond)} requests/s, ${Math.round(closed.commandsPerSecond)} commands/s`);
    const rate = Math.max(1, Math.round(closed.requestsPerSecond / 2));
    console.log(`open loop: ${rate} requests/s for ${o.seconds} s…`);
    const open = await openLoop(api.baseUrl, mix, rate, o.seconds);

    console.log(`long case: up to ${o.bigCaseEvents} contacts (cap ${o.bigCaseCap} s)…`);
    started = performance.now();
    const big = await bigCase(client, actors.socialWorkers[0], {
      target: o.bigCaseEvents,
      connections: 8,
      capSeconds: o.bigCaseCap,
      runs: 7,
      seed: o.seed,
    });
    console.log(`  ${big.events} events in ${big.fillSeconds.toFixed(1)} s`);
    console.log(`projection lag: probes while ${o.lagConnections} connections send the mix for ${o.seconds} s…`);
    const caseIds = population.map((c) => c.caseId);
    const lag = await measureLag(client, mix, actors.coordinator, caseIds, o.lagConnections, o.seconds);
    console.log(`  p50 ${lag.latency.p50.toFixed(1)} ms, p99 ${lag.latency.p99.toFixed(1)} ms over ${lag.probes} probes`);
    console.log(`reads: GET /cases and GET /cases/{id}, ${o.connections} connections, ${o.readSeconds} s each…`);
    const reads = await measureReads(api.baseUrl, actors.coordinator, caseIds, o.connections, o.readSeconds);
    console.log('rebuild: every projection, one at a time…');
    const rebuild = await measureRebuilds(client, actor('admin-1', 'admin', 'Ops'));
    const bulkBaseline = scratch
      ? await bulkInsertBaseline(scratch.url, o.baselineSeconds)
      : await embeddedBaseline((url) => bulkInsertBaseline(url, o.baselineSeconds));
    console.log(
      `  median ${Math.round(rebuild.medianEventsPerSecond)} events/s; INSERT … SELECT ${Math.round(bulkBaseline.rowsPerSecond)} rows/s`,
    );
    const peakRss = api.peakRss() ?? null;

    const results: BenchResults = {
      date: new Date().toISOString(),
      mode,
      quick: o.quick,
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      config: {
        seconds: o.seconds,
        connections: o.connections,
        population: o.population,
        seed: o.seed,
        zipfExponent: o.zipf,
        baselineConnections: o.baselineConnections,
        baselineSeconds: o.baselineSeconds,
        bigCaseTarget: o.bigCaseEvents,
        apiLogLevel: API_LOG_LEVEL,
        projectionsOwnThread: process.env.PROJECTIONS_OWN_THREAD ?? 'default',
      },
      baseline,
      closed,
      open,
      bigCase: big,
      peakRssBytes: peakRss,
      readSide: { lag, rebuild, bulkBaseline, reads },
    };
    console.log(`\n${renderConsole(results)}\n`);
    if (o.save) save(results);
  } finally {
    await api?.stop();
    if (api && !o.cpuProf) removeDataDir(api);
    await scratch?.drop();
  }
};

/** bench/results/<date>-<mode>.json, then the table of docs/benchmarks.md from the newest result of each mode. */
const save = (results: BenchResults) => {
  const dir = join(ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${results.date.slice(0, 10)}-${results.mode}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  const all = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as BenchResults)
    .filter((r) => !r.quick)
    .sort((a, b) => b.date.localeCompare(a.date));
  const newestPerMode = (['postgres', 'embedded'] as const).map((mode) => all.find((r) => r.mode === mode)).filter((r) => r !== undefined);
  const docs = join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(docs, replaceTable(readFileSync(docs, 'utf8'), renderTable(newestPerMode)));
  console.log(`wrote ${file.slice(ROOT.length + 1)} and the table of docs/benchmarks.md`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
