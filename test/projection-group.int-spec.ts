import { randomUUID } from 'node:crypto';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { DefinedProjection, TablesRows } from '../src/projections/define/define-projection';
import { defineTable } from '../src/projections/define/table';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { newEvent } from './support/event-store-contract';
import { countQueries } from './support/query-counter';
import { TestDatabase, createTestDatabase } from './support/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => Promise<boolean>, timeoutMs = 15000) => {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await sleep(25)) if (await check()) return;
  throw new Error('condition not met in time');
};

type NoteRow = { event_id: string; text: string; seen: number };

/**
 * A defined read model of Noted events (not in the domain union, so the handler is given by hand): one row per
 * note, and a counter row per text. It throws on the texts in `failOn`.
 */
const definedNotes = (name: string, failOn = new Set<string>()): DefinedProjection => {
  const notes = defineTable<NoteRow>({
    name: `${name}_rows`,
    columns: { event_id: 'uuid NOT NULL', text: 'text NOT NULL', seen: 'int NOT NULL' },
    key: ['event_id'],
    indexes: ['(text)'],
  });
  const tables = { notes };
  return {
    name,
    version: 1,
    handles: ['Noted'],
    tables: [notes],
    definitions: tables,
    project(event, rows) {
      const text = (event.data as { text: string }).text;
      if (failOn.has(text)) throw new Error(`cannot project ${text}`);
      const typed = rows as TablesRows<typeof tables>;
      typed.notes.put({ event_id: event.id, text, seen: typed.notes.where('text', text).length + 1 });
    },
  };
};

/** Issue 11: one reader feeds every defined projection; each keeps its lock, checkpoint and failures to itself. */
describe('projection group', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  const runners: ProjectionRunner[] = [];
  const runner = (projections: DefinedProjection[]) => {
    const created = new ProjectionRunner(projections, sharedPool(database.pool), store, database.connectionString, {
      pollMs: 100,
      maxBackoffMs: 200,
    });
    runners.push(created);
    return created;
  };
  const note = (text: string) =>
    store.appendToStream(`notes-${randomUUID()}`, [{ ...newEvent('Noted', { text }) }], { expectedRevision: 'no_stream' });
  /** The rows of one test's notes (the store is shared by the tests of this file). */
  const texts = async (table: string, prefix: string) =>
    (await database.pool.query(`SELECT text, seen FROM ${table} WHERE starts_with(text, $1) ORDER BY seen, text`, [prefix])).rows.map(
      (r) => `${r.text}#${r.seen}`,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((r) => r.stop()));
  });
  afterAll(async () => database.close());

  it('writes a batch of several projections, and all their checkpoints, in one statement', async () => {
    const subject = runner([definedNotes('g_one'), definedNotes('g_two'), definedNotes('g_three')]);
    await subject.prepare();
    subject.start();
    const first = await note('g-warm');
    await until(() => subject.hasReached(first.position));
    const count = countQueries(database.pool);
    const latest = await note('g-counted');
    await until(() => subject.hasReached(latest.position));
    count.stop();
    // One statement wrote the three projections' rows and moved their three checkpoints; nothing else wrote.
    expect(count.statements.filter((sql) => /^WITH cp0/.test(sql))).toHaveLength(1);
    const projectionWrites = count.statements.filter((sql) => /\b(INSERT|UPDATE|DELETE)\b/.test(sql) && !/INTO streams/.test(sql));
    expect(projectionWrites).toEqual([expect.stringMatching(/^WITH cp0/)]);
    const checkpoints = await database.pool.query("SELECT DISTINCT position FROM projection_checkpoints WHERE name LIKE 'g\\_%'");
    expect(checkpoints.rows).toEqual([{ position: latest.position }]);
    for (const table of ['g_one_rows', 'g_two_rows', 'g_three_rows']) expect(await texts(table, 'g-')).toEqual(['g-counted#1', 'g-warm#1']);
  });

  it('a failing projection backs off alone and catches up when fixed; the others go on', async () => {
    const failOn = new Set(['f-poison']);
    const subject = runner([definedNotes('f_healthy'), definedNotes('f_fragile', failOn)]);
    await subject.prepare();
    subject.start();
    await note('f-before');
    const poison = await note('f-poison');
    const after = await note('f-after');
    await until(async () => (await subject.status()).find((s) => s.name === 'f_fragile')?.lastError !== undefined);
    await until(() => subject.hasReached(after.position, ['f_healthy']));
    expect(await subject.hasReached(poison.position, ['f_fragile'])).toBe(false);
    const fragile = (await subject.status()).find((s) => s.name === 'f_fragile')!;
    expect(fragile.lastError?.message).toMatch(/cannot project f-poison/);
    expect(await texts('f_healthy_rows', 'f-')).toEqual(['f-after#1', 'f-before#1', 'f-poison#1']);

    failOn.clear();
    await until(() => subject.hasReached(after.position, ['f_fragile']));
    expect(await texts('f_fragile_rows', 'f-')).toEqual(['f-after#1', 'f-before#1', 'f-poison#1']);
    // The healthy one saw each event once: catching the other up did not apply them twice to it.
    expect(await texts('f_healthy_rows', 'f-')).toEqual(['f-after#1', 'f-before#1', 'f-poison#1']);
  });

  it('two runners on one database own each projection once', async () => {
    const projections = () => [definedNotes('o_a'), definedNotes('o_b')];
    const first = runner(projections());
    const second = runner(projections());
    await first.prepare();
    first.start();
    second.start();
    await note('o-shared');
    const again = await note('o-shared');
    await until(async () => (await first.hasReached(again.position)) && (await second.hasReached(again.position)));
    const states = [...(await first.status()), ...(await second.status())];
    for (const name of ['o_a', 'o_b']) {
      expect(states.filter((s) => s.name === name && s.state === 'running')).toHaveLength(1);
    }
    // Two notes with one text: the second counts the first, which it could not if both runners had written.
    expect(await texts('o_a_rows', 'o-')).toEqual(['o-shared#1', 'o-shared#2']);
    await first.stop();
    const more = await note('o-shared');
    await until(() => second.hasReached(more.position));
    expect(await texts('o_b_rows', 'o-')).toEqual(['o-shared#1', 'o-shared#2', 'o-shared#3']);
  });
});
