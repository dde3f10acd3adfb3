import { randomUUID } from 'node:crypto';
import { PoolClient } from 'pg';
import { RecordedEvent } from '../src/event-store/event-store';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { collect, newEvent } from './support/event-store-contract';
import { TestDatabase, createTestDatabase } from './support/test-database';

const onServer = Boolean(process.env.DATABASE_URL);
if (!onServer) {
  console.info(
    'postgres ordering: skipped: embedded PGlite runs one transaction at a time, so a slow transaction cannot overlap a later commit; set DATABASE_URL to run it.',
  );
}
const describeOnServer = onServer ? describe : describe.skip;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes one event inside a transaction the test keeps open, as a slow writer would. */
const beginSlowAppend = async (client: PoolClient, stream: string, id: string): Promise<void> => {
  await client.query('BEGIN');
  await client.query('INSERT INTO streams (stream_id, revision) VALUES ($1, 0)', [stream]);
  await client.query(
    `INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES ($1, $2, 0, 'Slow', '{}', '{}')`,
    [id, stream],
  );
};

describeOnServer('postgres ordering: no event is ever skipped', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 10 });
  });
  afterAll(async () => database.close());

  const scenario = async (outcome: 'COMMIT' | 'ROLLBACK') => {
    const prefix = `order-${randomUUID()}`;
    const controller = new AbortController();
    const received: RecordedEvent[] = [];
    const subscription = (async () => {
      for await (const event of store.subscribeToAll({ after: await store.headPosition(), signal: controller.signal })) {
        if (event.stream.startsWith(prefix)) received.push(event);
      }
    })();
    const slow = await database.pool.connect();
    const slowId = randomUUID();
    const fast = newEvent('Fast');
    try {
      await beginSlowAppend(slow, `${prefix}-slow`, slowId); // T1 takes the earlier transaction id and stays open
      await store.appendToStream(`${prefix}-fast`, [fast], { expectedRevision: 'no_stream' }); // T2 commits
      await sleep(300);
      expect(received).toEqual([]);
      expect((await collect(store.readAll())).filter((e) => e.stream.startsWith(prefix))).toEqual([]);
      await slow.query(outcome);
    } finally {
      slow.release();
    }
    const expected = outcome === 'COMMIT' ? [slowId, fast.id] : [fast.id];
    for (let waited = 0; received.length < expected.length && waited < 5000; waited += 10) await sleep(10);
    await sleep(100); // anything delivered twice would arrive now
    controller.abort();
    await subscription;
    return { received: received.map((e) => e.id), expected };
  };

  it('holds back a later commit until the earlier transaction commits, then delivers both in order, once', async () => {
    const { received, expected } = await scenario('COMMIT');
    expect(received).toEqual(expected);
  });

  it('delivers only the later commit, once, when the earlier transaction rolls back', async () => {
    const { received, expected } = await scenario('ROLLBACK');
    expect(received).toEqual(expected);
  });
});

describe(`events table (${onServer ? 'server' : 'embedded PGlite'}) is immutable`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await new PostgresEventStore(database.pool).appendToStream('immutable-1', [newEvent()], { expectedRevision: 'no_stream' });
  });
  afterAll(async () => database.close());

  it('refuses UPDATE with an error raised by a trigger', async () => {
    await expect(database.pool.query(`UPDATE events SET data = '{"n":2}'`)).rejects.toThrow(/events are immutable: UPDATE/);
  });

  it('refuses DELETE and TRUNCATE with an error raised by a trigger', async () => {
    await expect(database.pool.query('DELETE FROM events')).rejects.toThrow(/events are immutable: DELETE/);
    await expect(database.pool.query('TRUNCATE events')).rejects.toThrow(/events are immutable: TRUNCATE/);
    const { rows } = await database.pool.query('SELECT count(*)::int AS n FROM events');
    expect(rows[0].n).toBe(1);
  });
});
