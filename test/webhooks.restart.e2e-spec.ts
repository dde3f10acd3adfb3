import { caseClient } from './support/case-requests';
import { untilReadable } from './support/feed-story';
import { TestApp, createTestApp } from './support/test-app';
import { TestDatabase, createTestDatabase } from './support/test-database';
import { WebhookReceiver, freePort, idsByCase, startReceiver, until, verifyWebhook } from './support/webhook-receivers';

const ENV = { WEBHOOKS_MAX_ATTEMPTS: '100', WEBHOOKS_BACKOFF_BASE_MS: '10', WEBHOOKS_BACKOFF_CAP_MS: '50', WEBHOOKS_POLL_MS: '20' };
const TYPES = ['case.opened.v1', 'case.team-member-assigned.v1', 'case.closed.v1'];

describe('webhooks across a restart (e2e)', () => {
  let database: TestDatabase;
  let first: TestApp | undefined;
  let second: TestApp | undefined;
  let receiver: WebhookReceiver | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await receiver?.close();
    await database.close();
  });

  const deliveryStates = async () =>
    (await database.pool.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM webhook_deliveries GROUP BY status'))
      .rows;

  it('keeps what a stopped instance could not send, and a new instance on the same database sends it all, in order', async () => {
    first = await createTestApp({ database, env: ENV });
    const port = await freePort(); // nothing listens there yet: the receiver is down
    const auth = `Bearer ${await first.token('integrator', 'erp-1', 'webhooks')}`;
    const url = `http://127.0.0.1:${port}/hooks`;
    const subscription = (await first.http().post('/subscriptions').set('Authorization', auth).send({ url, types: TYPES }).expect(201))
      .body;

    const api = caseClient(first, `Bearer ${await first.token('social-worker', 'alice')}`);
    const caseIds = [await api.open(await api.household()), await api.open(await api.household())];
    let last = '';
    for (const caseId of caseIds) {
      await api.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
      last = (await api.post(`/cases/${caseId}/closure`, { reason: 'goals-met' }).expect(200)).body.position;
    }
    await untilReadable(first, last);
    await until('six deliveries exist and the first of each case failed', async () => {
      const { rows } = await database.pool.query<{ n: number; tried: number }>(
        'SELECT count(*)::int AS n, count(*) FILTER (WHERE attempts > 0)::int AS tried FROM webhook_deliveries',
      );
      return rows[0].n === 6 && rows[0].tried >= 2;
    });
    await first.close();
    first = undefined;
    expect(await deliveryStates()).toEqual([{ status: 'pending', n: 6 }]);

    receiver = await startReceiver(() => 200, port);
    second = await createTestApp({ database, env: ENV });
    await until('the receiver has every event', () => receiver!.accepted.length === 6);
    const expected: Record<string, string[]> = {};
    const { rows } = await database.pool.query<{ id: string; stream_id: string }>(
      `SELECT event_id::text AS id, stream_id FROM events WHERE stream_id = ANY($1) AND type = ANY($2)
        ORDER BY transaction_id, global_position`,
      [caseIds.map((id) => `case-${id}`), ['CaseOpened', 'TeamMemberAssigned', 'CaseClosed']],
    );
    for (const row of rows) (expected[row.stream_id.slice('case-'.length)] ??= []).push(row.id);
    expect(idsByCase(receiver.accepted)).toEqual(expected);
    for (const received of receiver.accepted) expect(verifyWebhook(subscription.secret, received)).toBeDefined();
    await until(
      'every delivery is recorded as delivered',
      async () => JSON.stringify(await deliveryStates()) === '[{"status":"delivered","n":6}]',
    );
    expect(new Set(receiver.accepted.map((r) => r.id)).size).toBe(6);
  });
});
