import { Mix } from './mix';
import { Actors, CaseRef } from './population';
import { categoryOf } from './profile';
import { derive, mulberry32, weighted, zipf } from './prng';
import { BenchResults, TABLE_END, TABLE_START, renderTable, replaceTable } from './results';
import { percentiles } from './stats';

/** The pure parts of npm run bench (the bench itself only reports; nothing here measures). */
describe('bench', () => {
  it('the seeded PRNG is deterministic, seed-dependent and in [0, 1)', () => {
    const draw = (seed: number) => Array.from({ length: 1000 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(7).every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(1)()).toBe(mulberry32(1)()); // no hidden global state
    expect(derive(1, 5)).toBe(derive(1, 5));
    expect(derive(1, 5)).not.toBe(derive(1, 6));
  });

  it('the Zipf chooser favours low ranks and still reaches the tail', () => {
    const choose = zipf(100, 1);
    const random = mulberry32(3);
    const counts = new Array(100).fill(0);
    for (let i = 0; i < 50_000; i++) counts[choose(random)]++;
    expect(counts[0]).toBeGreaterThan(counts[1]);
    expect(counts[1]).toBeGreaterThan(counts[9]);
    expect(counts[0] / 50_000).toBeCloseTo(1 / 5.187, 1); // 1 / H(100)
    expect(counts.slice(50).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const uniform = zipf(10, 0);
    const spread = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) spread[uniform(random)]++;
    expect(Math.min(...spread)).toBeGreaterThan(800);
  });

  it('weighted picks follow the weights', () => {
    const pick = weighted({ a: 3, b: 1 });
    const random = mulberry32(9);
    let a = 0;
    for (let i = 0; i < 10_000; i++) if (pick(random) === 'a') a++;
    expect(a / 10_000).toBeCloseTo(0.75, 1);
  });

  it('the mix makes the same requests for the same seed, without If-Match', () => {
    const cases: CaseRef[] = Array.from({ length: 20 }, (_, i) => ({
      caseId: `c${i}`,
      familyId: `f${i}`,
      owner: i % 2,
      assessmentId: `a${i}`,
    }));
    const actors: Actors = {
      socialWorkers: [
        { sub: 'sw-1', token: 't1' },
        { sub: 'sw-2', token: 't2' },
      ],
      coordinator: { sub: 'c', token: 'tc' },
    };
    const run = () => {
      const mix = new Mix(cases, actors, { seed: 5, exponent: 1 });
      return Array.from({ length: 200 }, () => mix.next());
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first.map((p) => p.kind)).size).toBeGreaterThanOrEqual(5);
    expect(first.some((p) => JSON.stringify(p).toLowerCase().includes('if-match'))).toBe(false);
    const teamIds = first.filter((p) => p.kind === 'assign-team-member').map((p) => JSON.parse(p.body!).workerId);
    expect(new Set(teamIds).size).toBe(teamIds.length); // never the same worker twice: no 409 by construction
  });

  it('percentiles are nearest-rank', () => {
    const p = percentiles(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect([p.p50, p.p95, p.p99, p.p999, p.max]).toEqual([500, 950, 990, 999, 1000]);
  });

  it('the report table renders each measure with its target and verdict, between the markers', () => {
    const load = (rps: number, p99: number) => ({
      connections: 64,
      seconds: 30,
      requests: rps * 30,
      commands: rps * 20,
      requestsPerSecond: rps,
      commandsPerSecond: (rps * 2) / 3,
      latency: { samples: 1, p50: 5, p95: 10, p99, p999: 40, max: 50 },
      commandLatency: { samples: 1, p50: 5, p95: 10, p99, p999: 40, max: 50 },
      statuses: { '200': 10, '201': 20 },
      byKind: {},
      non2xx: 0,
      conflicts409: 0,
      errors: 0,
      timeouts: 0,
    });
    const result = {
      date: '2026-11-28T10:00:00.000Z',
      mode: 'postgres',
      quick: false,
      machine: { cores: 2, cpu: 'x', memoryGiB: 4, node: 'v20.0.0', platform: 'linux x64' },
      config: {},
      baseline: { where: 'scratch', connections: 16, seconds: 10, inserts: 40_000, insertsPerSecond: 4000 },
      closed: load(1500, 80),
      open: { ...load(750, 12), targetRate: 750 },
      bigCase: {
        target: 10_000,
        events: 10_001,
        fillSeconds: 60,
        fillCommandsPerSecond: 166,
        fillNon2xx: 0,
        capped: false,
        runs: 7,
        getMs: 30,
        commandMs: 25,
        smallCase: { getMs: 3, commandMs: 4 },
      },
      peakRssBytes: 250 * 1024 * 1024,
    } as unknown as BenchResults;
    const table = renderTable([result]);
    expect(table).toContain('| measure | target | postgres, 2026-11-28, 2 cores, Node v20.0.0 |');
    expect(table).toContain('| commands/s ÷ baseline inserts/s | ≥ 0.25 | 0.250 ✓ |');
    expect(table).toMatch(/p99 ≤ 20 ms \| 5\.00 ms \/ 10\.0 ms \/ 12\.0 ms \/ 40\.0 ms ✓/);
    expect(table).toMatch(/one command \(median\) \| ≤ 20 ms \| 25\.0 ms .* ✗/);
    expect(table).toContain('250 MB ✓');
    const doc = `# x\n\n${TABLE_START}\nold\n${TABLE_END}\nafter\n`;
    expect(replaceTable(doc, table)).toBe(`# x\n\n${TABLE_START}\n${table}\n${TABLE_END}\nafter\n`);
  });

  it('the profile summary sorts frames into categories', () => {
    expect(categoryOf('file:///app/node_modules/pg-protocol/dist/parser.js', 'parse')).toBe('pg driver');
    expect(categoryOf('file:///app/node_modules/pino/lib/proto.js', 'write')).toBe('logging (pino)');
    expect(categoryOf('file:///app/dist/event-store/event-log.js', 'append')).toBe('tutela code');
    expect(categoryOf('', '(garbage collector)')).toBe('GC');
    expect(categoryOf('node:internal/crypto/hash', 'digest')).toBe('hashing / crypto');
  });
});
