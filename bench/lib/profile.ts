/** Aggregates a V8 .cpuprofile (node --cpu-prof) by category of the code that spent the time. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const packages = (names: string) => new RegExp(`node_modules/(${names.split(' ').join('|')})/`);

/** First match wins: [category, test on the frame's url (or function name for V8's own pseudo-frames)]. */
export const CATEGORIES: [string, RegExp][] = [
  ['GC', /^\(garbage collector\)$/],
  ['idle', /^\((idle|program)\)$/],
  ['pg driver', /node_modules\/(pg|pg-protocol|pg-pool|pg-types|pgpass|postgres-[a-z]+)\//],
  ['PGlite (embedded database)', /node_modules\/@electric-sql\//],
  ['JSON / validation', /node_modules\/(class-validator|class-transformer|validator|libphonenumber-js)\//],
  [
    'logging (pino)',
    packages('pino pino-http pino-std-serializers sonic-boom fast-redact thread-stream quick-format-unescaped atomic-sleep'),
  ],
  ['metrics (prom-client)', /node_modules\/(prom-client|tdigest|bintrees)\//],
  ['JWT (jose)', /node_modules\/jose\//],
  ['tracing (OpenTelemetry)', /node_modules\/@opentelemetry\//],
  [
    'express / body parsing / helmet',
    packages(
      'express body-parser raw-body router iconv-lite type-is qs finalhandler send helmet content-type mime-types media-typer ' +
        'on-finished path-to-regexp bytes depd http-errors cookie vary etag fresh accepts negotiator proxy-addr parseurl ' +
        'encodeurl escape-html statuses',
    ),
  ],
  ['Nest routing / DI / cqrs / rxjs', /node_modules\/(@nestjs|rxjs|reflect-metadata|tslib|uid|iterare)\//],
  ['other libraries', /node_modules\//],
  ['tutela code', /\/dist\/|\/src\//],
  ['node http', /^node:(_http_|http)|internal\/http/],
  ['node net / streams', /^node:(net|stream)|internal\/(stream|streams|net)|stream_base_commons/],
  ['hashing / crypto', /^node:crypto|internal\/crypto/],
  ['node other', /^node:/],
];

export const categoryOf = (url: string, functionName: string): string => {
  const key = url || functionName;
  for (const [name, test] of CATEGORIES) if (test.test(key)) return name;
  return url ? 'other' : 'V8 builtins / native';
};

const isLibraryOrApp = (url: string) => /node_modules\/|\/dist\/|\/src\//.test(url);

export interface Breakdown {
  totalMs: number;
  /** Where the CPU was when sampled (the frame's own code). */
  self: Record<string, number>;
  /**
   * The same samples, each charged to the nearest caller in a library or in tutela's code: time in node's core or in
   * V8 builtins (JSON.stringify, a socket write, a hash) goes to whoever asked for it (pino, pg, the hash chain…).
   */
  attributed: Record<string, number>;
  /** Self time by package (node_modules/<name>) or by tutela source folder, top ones. */
  modules: [string, number][];
}

export const moduleOf = (url: string, functionName: string): string => {
  const lib = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (lib) return lib[1];
  const app = /\/dist\/(.+?)\/[^/]+$|\/dist\/([^/]+)$/.exec(url);
  if (app) return `tutela:${app[1] ?? app[2]}`;
  if (url.startsWith('node:')) return url;
  return url || functionName;
};

export const breakdown = (profile: CpuProfile, top = 20): Breakdown => {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self: Record<string, number> = {};
  const attributed: Record<string, number> = {};
  const modules: Record<string, number> = {};
  const chargedTo = new Map<number, string>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!.callFrame;
    total += ms;
    const own = categoryOf(frame.url, frame.functionName);
    self[own] = (self[own] ?? 0) + ms;
    const module = moduleOf(frame.url, frame.functionName);
    modules[module] = (modules[module] ?? 0) + ms;
    let charged = chargedTo.get(id);
    if (charged === undefined) {
      charged = own;
      if (own !== 'GC' && own !== 'idle' && !isLibraryOrApp(frame.url)) {
        for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
          const caller = byId.get(up)!.callFrame;
          if (isLibraryOrApp(caller.url)) {
            charged = categoryOf(caller.url, caller.functionName);
            break;
          }
        }
      }
      chargedTo.set(id, charged);
    }
    attributed[charged] = (attributed[charged] ?? 0) + ms;
  });
  const sorted = Object.entries(modules)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  return { totalMs: total, self, attributed, modules: sorted };
};

export const renderBreakdown = (b: Breakdown): string => {
  const busy = b.totalMs - (b.self['idle'] ?? 0);
  const share = (ms: number) => `${((100 * ms) / busy).toFixed(1).padStart(5)} %`;
  const rows = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([name]) => name !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([name, ms]) => `  ${name.padEnd(34)} ${share(ms)}  ${Math.round(ms)} ms`);
  return [
    `sampled ${Math.round(b.totalMs)} ms, of which busy (not idle) ${Math.round(busy)} ms; shares are of the busy time`,
    '',
    'self time by category:',
    ...rows(b.self),
    '',
    'charged to the nearest library or tutela frame (core and builtins go to their caller):',
    ...rows(b.attributed),
    '',
    'self time by module (top):',
    ...b.modules.filter(([name]) => !/^\((idle|program)\)$/.test(name)).map(([name, ms]) => `  ${name.padEnd(50)} ${share(ms)}`),
  ].join('\n');
};
