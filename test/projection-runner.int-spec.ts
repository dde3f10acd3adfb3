import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { readCheckpoints } from '../src/projections/checkpoints';
import { Projection } from '../src/projections/projection';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { rebuildProjection, rebuildTogether, requestRebuild } from '../src/projections/rebuild';
import { newEvent } from './support/event-store-contract';
import { TestDatabase, createTestDatabase } from './support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => Promise<boolean>, timeoutMs = 15000) => {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(25)) if (await check()) return;
  throw new Error('condition not met in time');
};

/** A toy read model: one row per Noted event, so a double effect shows as a duplicate-key error or an extra row. */
const notes = (name: string, behaviour: { failOn?: Set<string>; throwAfterWrite?: Set<string> } = {}): Projection => ({
  name,
  version: 1,
  handles: ['Noted'],
  tables: [{ name: `${name}_rows`, ddl: (t) => `CREATE TABLE ${t} (event_id uuid PRIMARY KEY, text text NOT NULL, seq int NOT NULL)` }],
  async apply(tx, event, tables) {
    const data = event.data as { text: string };
    if (behaviour.failOn?.has(data.text)) throw new Error(`cannot project ${data.text}`);
    await tx.query(
      `INSERT INTO ${tables[`${name}_rows`]} (event_id, text, seq) VALUES ($1, $2, (SELECT count(*) FROM ${tables[`${name}_rows`]}))`,
      [event.id, data.text],
    );
    if (behaviour.throwAfterWrite?.delete(data.text)) throw new Error('crash after the effect, before the checkpoint');
  },
});

describe('projection runner', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const runners: ProjectionRunner[] = [];
  const runner = (projections: Projection[]) => {
    const created = new ProjectionRunner(projections, sharedPool(database.pool), store, database.connectionString, {
      pollMs: 100,
      maxBackoffMs: 200,
    });
    runners.push(created);
    return created;
  };
  const note = (text: string) =>
    store.appendToStream(`notes-${randomUUID()}`, [{ ...newEvent('Noted', { text }) }], { expectedRevision: 'no_stream' });
  const rows = async (table: string) => (await database.pool.query(`SELECT text FROM ${table} ORDER BY seq`)).rows.map((r) => r.text);

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });
  afterAll(async () => database.close());

  it('catches up, then follows live, committing effects with the checkpoint', async () => {
    await note('a');
    await note('b');
    const subject = runner([notes('live')]);
    subject.start();
    await until(
      async () => (await database.pool.query("SELECT to_regclass('live_rows') AS t")).rows[0].t && (await rows('live_rows')).length === 2,
    );
    const latest = await note('c');
    await until(() => subject.hasReached(latest.position));
    expect(await rows('live_rows')).toEqual(['a', 'b', 'c']);
    const [status] = await subject.status();
    expect(status).toMatchObject({ name: 'live', state: 'running', lagEvents: 0, lagMs: 0 });
  });

  it('stops only the failing projection, records the failing event, and retries until it passes', async () => {
    const failOn = new Set(['poison']);
    const subject = runner([notes('healthy'), notes('fragile', { failOn })]);
    subject.start();
    await note('before');
    const poison = await note('poison');
    await note('after');
    await until(async () => (await subject.status()).find((s) => s.name === 'fragile')?.lastError !== undefined);
    await until(() => subject.hasReached(poison.position, ['healthy']));
    const fragile = (await subject.status()).find((s) => s.name === 'fragile')!;
    expect(fragile.lastError?.message).toMatch(/cannot project poison/);
    expect(fragile.lagEvents).toBeGreaterThanOrEqual(2);
    expect(await subject.hasReached(poison.position, ['fragile'])).toBe(false);
    failOn.clear(); // the bug is fixed: the retry with backoff gets through
    await until(() => subject.hasReached(poison.position, ['fragile']));
    const texts = await rows('fragile_rows');
    expect(texts.slice(-3)).toEqual(['before', 'poison', 'after']);
    expect((await subject.status()).find((s) => s.name === 'fragile')!.lastError).toBeUndefined();
  });

  it('a crash between effect and checkpoint doubles no row', async () => {
    const throwAfterWrite = new Set(['once']);
    const subject = runner([notes('crashy', { throwAfterWrite })]);
    subject.start();
    const written = await note('once');
    await until(() => subject.hasReached(written.position));
    expect((await rows('crashy_rows')).filter((t) => t === 'once')).toEqual(['once']);
  });

  it('rebuilds into shadow tables and swaps them in, equal to the live model', async () => {
    const subject = runner([notes('rebuilt')]);
    subject.start();
    const last = await note('x');
    await until(() => subject.hasReached(last.position));
    await subject.stop();
    const before = await rows('rebuilt_rows');
    const requestId = await requestRebuild(database.pool, 'rebuilt');
    await rebuildProjection({ pool: database.pool, store, projection: notes('rebuilt'), requestId, batchSize: 3 });
    expect(await rows('rebuilt_rows')).toEqual(before);
    const {
      rows: [rebuild],
    } = await database.pool.query(
      'SELECT state, events_done::int AS done, events_total::int AS total FROM projection_rebuilds WHERE id = $1',
      [requestId],
    );
    expect(rebuild).toMatchObject({ state: 'done' });
    expect(rebuild.done).toBe(rebuild.total);
    const [checkpoint] = (await readCheckpoints(database.pool)).filter((c) => c.name === 'rebuilt');
    expect(store.comparePositions(checkpoint.position!, last.position)).toBeGreaterThanOrEqual(0);
  });

  it('rebuilds several projections in one pass over the log, leaving a failing one behind', async () => {
    const live = runner([notes('pass_a'), notes('pass_b')]);
    live.start();
    await note('one');
    const last = await note('two');
    await until(() => live.hasReached(last.position));
    await live.stop();
    const before = await rows('pass_a_rows');
    let reads = 0;
    const counting = Object.create(store, {
      readAll: { value: (options: Parameters<typeof store.readAll>[0]) => (reads++, store.readAll(options)) },
    }) as typeof store;
    const jobs = [
      { projection: notes('pass_a'), requestId: await requestRebuild(database.pool, 'pass_a') },
      { projection: notes('pass_b', { failOn: new Set(['two']) }), requestId: await requestRebuild(database.pool, 'pass_b') },
    ];
    const failures = await rebuildTogether({ pool: database.pool, store: counting, jobs, batchSize: 1000 });
    // One read of the log, and one more that finds nothing new before the swap.
    expect(reads).toBe(2);
    expect(failures.map((f) => f.message)).toEqual([expect.stringContaining('cannot project two')]);
    expect(await rows('pass_a_rows')).toEqual(before);
    const { rows: states } = await database.pool.query(
      "SELECT name, state FROM projection_rebuilds WHERE name IN ('pass_a', 'pass_b') ORDER BY name",
    );
    expect(states).toEqual([
      { name: 'pass_a', state: 'done' },
      { name: 'pass_b', state: 'failed' },
    ]);
  });

  it('rebuilds by itself, at start, a projection whose version changed', async () => {
    const before = runner([notes('versioned')]);
    before.start();
    const last = await note('kept');
    await until(() => before.hasReached(last.position));
    await before.stop();
    await database.pool.query("UPDATE versioned_rows SET text = 'written by version 1'");

    runner([{ ...notes('versioned'), version: 2 }]).start();
    const built = async () =>
      (await database.pool.query("SELECT version FROM projection_checkpoints WHERE name = 'versioned'")).rows[0].version;
    await until(async () => (await built()) === 2);
    expect(await rows('versioned_rows')).not.toContain('written by version 1');
    expect(await rows('versioned_rows')).toContain('kept');
    const { rows: rebuilds } = await database.pool.query("SELECT state FROM projection_rebuilds WHERE name = 'versioned'");
    expect(rebuilds).toEqual([{ state: 'done' }]);
  });

  it('runs again a rebuild whose runner died midway', async () => {
    const interrupted = randomUUID();
    await database.pool.query("INSERT INTO projection_rebuilds (id, name, state) VALUES ($1, 'resumed', 'running')", [interrupted]);
    runner([notes('resumed')]).start();
    const state = async () =>
      (await database.pool.query('SELECT state FROM projection_rebuilds WHERE id = $1', [interrupted])).rows[0].state;
    await until(async () => (await state()) === 'done');
  });

  it('counts every event behind a projection, past ten thousand, and how long the oldest has waited', async () => {
    const many = Array.from({ length: 10001 }, (_, i) => newEvent('Noted', { text: `n${i}` }));
    const appended = await store.appendToStream(`notes-${randomUUID()}`, many, { expectedRevision: 'no_stream' });
    // Readers see a commit once every older transaction on the server has ended: other suites may hold one.
    await until(async () => store.comparePositions((await store.headPosition())!, appended.position) >= 0);
    let everything = 0;
    for await (const _ of store.readAll()) everything++;
    const [status] = await runner([notes('behind')]).status();
    expect(status.lagEvents).toBe(everything);
    expect(status.lagEvents).toBeGreaterThan(10000);
    expect(status.lagMs).toBeGreaterThanOrEqual(0);
    expect(await store.countAfter((await store.headPosition())!)).toBe(0);
  });
});

const onServer = Boolean(process.env.DATABASE_URL);
if (!onServer)
  console.info(
    'projection runner, two instances: skipped: embedded PGlite is one session, so advisory locks cannot tell two instances apart; set DATABASE_URL to run it.',
  );

(onServer ? describe : describe.skip)('two projection runners on one database', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
  });
  afterAll(async () => database.close());

  it('runs each projection in one instance at a time, and another takes over when that one stops', async () => {
    const projection = notes('shared');
    const first = new ProjectionRunner([projection], sharedPool(database.pool), store, database.connectionString, {
      pollMs: 50,
      maxBackoffMs: 100,
    });
    const second = new ProjectionRunner([projection], sharedPool(database.pool), store, database.connectionString, {
      pollMs: 50,
      maxBackoffMs: 100,
    });
    first.start();
    await sleep(200);
    second.start();
    const append = (text: string) =>
      store.appendToStream(`notes-${randomUUID()}`, [newEvent('Noted', { text })], { expectedRevision: 'no_stream' });
    let last = await append('one');
    for (const text of ['two', 'three', 'four']) last = await append(text);
    await until(() => first.hasReached(last.position));
    const states = [(await first.status())[0].state, (await second.status())[0].state].sort();
    expect(states).toEqual(['running', 'waiting-for-lock']);

    const holder = (await first.status())[0].state === 'running' ? first : second;
    const standby = holder === first ? second : first;
    await holder.stop(); // the instance dies: its lock connection closes
    last = await append('five');
    await until(() => standby.hasReached(last.position));
    expect((await standby.status())[0].state).toBe('running');
    const { rows } = await database.pool.query('SELECT text FROM shared_rows ORDER BY seq');
    expect(rows.map((r) => r.text)).toEqual(['one', 'two', 'three', 'four', 'five']);
    await standby.stop();
  });
});
