import { randomUUID } from 'node:crypto';
import { inTransaction } from '../src/database/transaction';
import { IntegrationEvent } from '../src/feed/integration-events/integration-event';
import { redeliver } from '../src/feed/webhooks/deliveries/deliveries.store';
import { insertDeliveries } from '../src/feed/webhooks/fan-out/fan-out.store';
import { ClaimedDelivery, claimDeliveries, recordOutcome } from '../src/feed/webhooks/sending/delivery-claims';
import { TestDatabase, createTestDatabase } from './support/test-database';

const retry = { maxAttempts: 2, delayMs: () => 0 };
const failure = { delivered: false as const, status: 503, error: 'HTTP 503' };
const success = { delivered: true as const, status: 200 };

describe('webhook delivery claims (Postgres)', () => {
  let database: TestDatabase;
  let subscriptionId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await createTestDatabase();
    subscriptionId = randomUUID();
    await database.pool.query(
      `INSERT INTO webhook_subscriptions (id, owner_id, url, types, secret) VALUES ($1, 'erp-1', 'http://127.0.0.1:9/', '{case.opened.v1}', 'whsec_x')`,
      [subscriptionId],
    );
    // Case a has three events, case b one; in store order a1 b1 a2 a3.
    const event = (name: string, caseId: string): IntegrationEvent =>
      ({
        id: randomUUID(),
        type: 'case.opened.v1',
        position: name,
        stream: `case-${caseId}`,
        caseId,
        data: {},
      }) as unknown as IntegrationEvent;
    const events = [event('a1', 'a'), event('b1', 'b'), event('a2', 'a'), event('a3', 'a')];
    await inTransaction(database.pool, (tx) =>
      insertDeliveries(
        tx,
        events.map((e) => ({ subscriptionId, event: e })),
      ),
    );
    const { rows } = await database.pool.query('SELECT id, position FROM webhook_deliveries ORDER BY seq');
    for (const row of rows) ids[row.position] = row.id;
  });
  afterAll(async () => database.close());

  const claim = () => claimDeliveries(database.pool, subscriptionId, 4, 60_000);
  const names = (claimed: ClaimedDelivery[]) => claimed.map((c) => Object.keys(ids).find((k) => ids[k] === c.id)).sort();
  const statusOf = async (name: string) =>
    (await database.pool.query('SELECT status, attempts FROM webhook_deliveries WHERE id = $1', [ids[name]])).rows[0];

  it('hands each case’s first unsent delivery to one claimer only, and holds the rest of the case back', async () => {
    const [first, second] = await Promise.all([claim(), claim()]);
    expect(names([...first, ...second])).toEqual(['a1', 'b1']);
    expect(await claim()).toEqual([]); // leased while in flight
    await recordOutcome(database.pool, first.find((c) => c.id === ids.a1) ?? second.find((c) => c.id === ids.a1)!, success, retry);
    expect(names(await claim())).toEqual(['a2']);
  });

  it('gives a delivery back when its lease runs out (the sender died), and ignores the dead sender’s late outcome', async () => {
    expect(await claim()).toEqual([]); // a2 and b1 are still leased
    await database.pool.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1', [ids.b1]);
    const [retaken] = await claim();
    expect(retaken.id).toBe(ids.b1);
    await recordOutcome(database.pool, { ...retaken, claimId: randomUUID() }, success, retry);
    expect(await statusOf('b1')).toEqual({ status: 'pending', attempts: 0 });
    await recordOutcome(database.pool, retaken, success, retry);
    expect(await statusOf('b1')).toEqual({ status: 'delivered', attempts: 1 });
  });

  it('parks after the last failed attempt, keeps the case waiting, and lets a redelivery through', async () => {
    await database.pool.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = $1', [ids.a2]);
    for (let attempt = 0; attempt < retry.maxAttempts; attempt++) {
      const [a2] = await claim();
      expect(a2.id).toBe(ids.a2);
      await recordOutcome(database.pool, a2, failure, retry);
    }
    expect(await statusOf('a2')).toEqual({ status: 'parked', attempts: 2 });
    expect(await claim()).toEqual([]); // a3 waits behind the parked a2
    await redeliver(database.pool, subscriptionId, ids.a2);
    const [again] = await claim();
    expect(again.id).toBe(ids.a2);
    await recordOutcome(database.pool, again, success, retry);
    expect(names(await claim())).toEqual(['a3']);
  });
});
