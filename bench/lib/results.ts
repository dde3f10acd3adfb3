import { BaselineResult } from './baseline';
import { BigCaseResult } from './big-case';
import { LoadResult } from './load';
import { BulkBaselineResult, LagResult, ReadLatency, RebuildResult } from './read-side';

export type Mode = 'postgres' | 'embedded';

/** Everything one `npm run bench` measured; written as bench/results/<date>-<mode>.json. */
export interface BenchResults {
  date: string;
  mode: Mode;
  quick: boolean;
  machine: { cores: number; cpu: string; memoryGiB: number; node: string; platform: string };
  config: {
    seconds: number;
    connections: number;
    population: number;
    seed: number;
    zipfExponent: number;
    baselineConnections: number;
    baselineSeconds: number;
    bigCaseTarget: number;
    apiLogLevel: string;
    /** PROJECTIONS_OWN_THREAD as the API was given it; unset, the API's default (on with PostgreSQL). */
    projectionsOwnThread?: string;
  };
  baseline: BaselineResult;
  closed: LoadResult;
  open: LoadResult;
  bigCase: BigCaseResult;
  /** VmHWM of the API process at the end of the run (embedded: includes the PGlite database). */
  peakRssBytes: number | null;
  /** The read side (issue "read side"); absent in runs made before it was measured. */
  readSide?: { lag: LagResult; rebuild: RebuildResult; bulkBaseline: BulkBaselineResult; reads: ReadLatency[] };
}

/** A measure beside its target; `met` is null where there is no target. */
export interface Measure {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a';
const ms = (n: number) => `${fmt(n, n < 10 ? 2 : 1)} ms`;
const pct = (l: LoadResult['latency']) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.p999)}`;

export const RSS_TARGET_MB: Record<Mode, number> = { postgres: 300, embedded: 400 };

/** The measures, in the order the console and docs/benchmarks.md show them, with the targets of issue "write path". */
export const measures = (r: BenchResults): Measure[] => {
  const ratio = r.closed.commandsPerSecond / r.baseline.insertsPerSecond;
  const non2xx = r.closed.non2xx + r.open.non2xx;
  const conflicts = r.closed.conflicts409 + r.open.conflicts409;
  const rssMb = r.peakRssBytes === null ? NaN : r.peakRssBytes / MB;
  const big = r.bigCase;
  return [
    {
      name: `commands/s, ${r.closed.connections} connections (closed loop)`,
      value: fmt(r.closed.commandsPerSecond),
      target: '',
      met: null,
    },
    { name: 'requests/s, all kinds (closed loop)', value: fmt(r.closed.requestsPerSecond), target: '', met: null },
    {
      name: `baseline: single-row inserts/s, ${r.baseline.connections} connections`,
      value: fmt(r.baseline.insertsPerSecond),
      target: '',
      met: null,
    },
    { name: 'commands/s ÷ baseline inserts/s', value: fmt(ratio, 3), target: '≥ 0.25', met: ratio >= 0.25 },
    { name: 'latency p50 / p95 / p99 / p99.9, closed loop', value: pct(r.closed.latency), target: '', met: null },
    {
      name: 'open loop at ½ the closed-loop rate: offered / achieved requests/s',
      value: `${fmt(r.open.targetRate ?? NaN)} / ${fmt(r.open.requestsPerSecond)}`,
      target: '',
      met: null,
    },
    {
      name: 'latency p50 / p95 / p99 / p99.9, open loop',
      value: pct(r.open.latency),
      target: 'p99 ≤ 20 ms',
      met: r.open.latency.p99 <= 20,
    },
    { name: 'non-2xx answers (no If-Match), both loops', value: fmt(non2xx), target: '0', met: non2xx === 0 },
    { name: '409 answers, both loops', value: fmt(conflicts), target: '0', met: conflicts === 0 },
    {
      name: 'socket errors / timeouts, both loops',
      value: `${fmt(r.closed.errors + r.open.errors)} / ${fmt(r.closed.timeouts + r.open.timeouts)}`,
      target: '',
      met: null,
    },
    {
      name: `long case: events reached (of ${fmt(big.target)}), fill rate`,
      value: `${fmt(big.events)}${big.capped ? ' (time cap)' : ''}, ${fmt(big.fillCommandsPerSecond)}/s`,
      target: '',
      met: null,
    },
    {
      name: 'long case: GET /cases/{id} (median)',
      value: `${ms(big.getMs)} (small case ${ms(big.smallCase.getMs)})`,
      target: '',
      met: null,
    },
    {
      name: 'long case: one command (median)',
      value: `${ms(big.commandMs)} (small case ${ms(big.smallCase.commandMs)})`,
      target: '≤ 20 ms',
      met: big.events >= 10_000 ? big.commandMs <= 20 : big.commandMs <= 20 ? null : false,
    },
    ...readSideMeasures(r),
    {
      name: 'peak RSS of the API process',
      value: `${fmt(rssMb)} MB`,
      target: `≤ ${RSS_TARGET_MB[r.mode]} MB`,
      met: rssMb <= RSS_TARGET_MB[r.mode],
    },
  ];
};

/** Lag, rebuild and reads, with the targets of issue "read side"; n/a in runs that did not measure them. */
const readSideMeasures = (r: BenchResults): Measure[] => {
  const side = r.readSide;
  const rebuildRatio = side ? side.rebuild.medianEventsPerSecond / side.bulkBaseline.rowsPerSecond : NaN;
  const read = (i: number) => side?.reads[i];
  const readCell = (i: number) => (read(i) ? `${ms(read(i)!.p50)} / ${ms(read(i)!.p99)}` : 'n/a');
  const readMet = (i: number) => (read(i) ? read(i)!.p99 <= 20 : null);
  return [
    {
      name: `projection lag p50 / p99 under ${side?.lag.connections ?? '–'} connections of commands (${side?.lag.probes ?? 0} probes)`,
      value: side ? `${ms(side.lag.latency.p50)} / ${ms(side.lag.latency.p99)}` : 'n/a',
      target: 'p99 ≤ 50 ms',
      met: side ? side.lag.latency.p99 <= 50 : null,
    },
    {
      name: 'the same read without consistentWith, under the same load, p50 / p99',
      value: side?.lag.plainRead ? `${ms(side.lag.plainRead.p50)} / ${ms(side.lag.plainRead.p99)}` : 'n/a',
      target: '',
      met: null,
    },
    {
      name: `rebuild, median of the projections, events/s (log of ${side ? fmt(side.rebuild.events) : '–'} events)`,
      value: side ? fmt(side.rebuild.medianEventsPerSecond) : 'n/a',
      target: '',
      met: null,
    },
    {
      name: 'baseline: 100-row INSERT … SELECT, rows/s',
      value: side ? fmt(side.bulkBaseline.rowsPerSecond) : 'n/a',
      target: '',
      met: null,
    },
    {
      name: 'rebuild events/s ÷ INSERT … SELECT rows/s',
      value: fmt(rebuildRatio, 3),
      target: '≥ 0.3',
      met: side ? rebuildRatio >= 0.3 : null,
    },
    {
      name: `GET /cases?limit=50 p50 / p99, ${r.config.connections} connections`,
      value: readCell(0),
      target: 'p99 ≤ 20 ms',
      met: readMet(0),
    },
    { name: `GET /cases/{id} p50 / p99, ${r.config.connections} connections`, value: readCell(1), target: 'p99 ≤ 20 ms', met: readMet(1) },
    {
      name: `floor: GET /health (no database, no token) p50 / p99, ${r.config.connections} connections`,
      value: readCell(2),
      target: '',
      met: null,
    },
  ];
};

const mark = (met: boolean | null) => (met === null ? '' : met ? ' ✓' : ' ✗');

export const runTitle = (r: BenchResults) => `${r.mode}, ${r.date.slice(0, 10)}, ${r.machine.cores} cores, Node ${r.machine.node}`;

/** Console lines: each measure with its target and met / not met. */
export const renderConsole = (r: BenchResults): string => {
  const rows = measures(r);
  const width = Math.max(...rows.map((m) => m.name.length));
  const lines = rows.map((m) => {
    const verdict =
      m.met === null ? (m.target ? `(target ${m.target}: not measured)` : '') : `(target ${m.target}: ${m.met ? 'met' : 'NOT met'})`;
    return `  ${m.name.padEnd(width)}  ${m.value}  ${verdict}`.trimEnd();
  });
  const statuses = (l: LoadResult) =>
    Object.entries(l.statuses)
      .map(([code, n]) => `${code}: ${n}`)
      .join(', ');
  return [
    `tutela bench: ${runTitle(r)}`,
    ...lines,
    `  answers by status, closed loop: ${statuses(r.closed)}`,
    `  answers by status, open loop:   ${statuses(r.open)}`,
  ].join('\n');
};

/**
 * The table of docs/benchmarks.md: one row per measure, one column per run (the newest run of each mode and machine
 * first), each cell the value and ✓ (target met) or ✗ (not met).
 */
export const renderTable = (runs: BenchResults[]): string => {
  if (runs.length === 0) return '_No results yet: run `npm run bench`._';
  const columns = runs.map((r) => measures(r));
  const header = `| measure | target | ${runs.map(runTitle).join(' | ')} |`;
  const rule = `|---|---|${runs.map(() => '---').join('|')}|`;
  const rows = columns[0].map((m, i) => {
    const cells = columns.map((c) => `${c[i].value}${mark(c[i].met)}`);
    return `| ${m.name} | ${m.target || '–'} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
};

export const TABLE_START = '<!-- bench:results:start (npm run bench rewrites this table) -->';
export const TABLE_END = '<!-- bench:results:end -->';

/** Replaces the table between the markers, keeping everything else of the document. */
export const replaceTable = (document: string, table: string): string => {
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`docs/benchmarks.md has lost its markers ${TABLE_START} … ${TABLE_END}`);
  return `${document.slice(0, start + TABLE_START.length)}\n${table}\n${document.slice(end)}`;
};
