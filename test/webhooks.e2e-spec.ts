import { EVENT_STORE, EventStore } from '../src/event-store/event-store';
import { IntegrationEvent } from '../src/feed/integration-events/integration-event';
import { toIntegrationEvent } from '../src/feed/integration-events/publish';
import { caseClient } from './support/case-requests';
import { untilReadable } from './support/feed-story';
import { TestApp, createTestApp } from './support/test-app';
import { WebhookReceiver, idsByCase, startReceiver, until, verifyWebhook } from './support/webhook-receivers';

const TYPES = ['case.opened.v1', 'case.team-member-assigned.v1', 'case.closed.v1', 'case.reopened.v1'];
const MAX_ATTEMPTS = 3;

describe('webhooks: signed, in order per case, retried, parked (e2e)', () => {
  let t: TestApp;
  let auth: string;
  let release: () => void;
  const receivers: Record<'healthy' | 'slow' | 'failing' | 'recovering', WebhookReceiver> = {} as never;
  const subscriptions: Record<string, { id: string; secret: string }> = {};
  let expected: Record<string, string[]>;
  let published: Map<string, IntegrationEvent>;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        WEBHOOKS_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        WEBHOOKS_BACKOFF_BASE_MS: '5',
        WEBHOOKS_BACKOFF_CAP_MS: '20',
        WEBHOOKS_POLL_MS: '20',
        WEBHOOKS_TIMEOUT_MS: '30000',
      },
    });
    auth = `Bearer ${await t.token('integrator', 'erp-1', 'webhooks')}`;
    const gate = new Promise<void>((resolve) => (release = resolve));
    receivers.healthy = await startReceiver(() => 204);
    // The slow one answers nothing until the test has seen the healthy one get everything: order, not a stopwatch.
    receivers.slow = await startReceiver(() => gate.then(() => 200));
    receivers.failing = await startReceiver(() => 500);
    receivers.recovering = await startReceiver((_, index) => (index < 2 ? 500 : 200));
    for (const [name, receiver] of Object.entries(receivers)) {
      const created = await t.http().post('/subscriptions').set('Authorization', auth).send({ url: receiver.url, types: TYPES });
      expect(created.status).toBe(201);
      subscriptions[name] = created.body;
    }
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const caseIds = [await api.open(await api.household()), await api.open(await api.household()), await api.open(await api.household())];
    let last = '';
    for (const caseId of caseIds) {
      await api.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
      await api.post(`/cases/${caseId}/closure`, { reason: 'goals-met' }).expect(200);
      last = (await api.post(`/cases/${caseId}/reopening`, { reason: 'New report from the school.' }).expect(200)).body.position;
    }
    await untilReadable(t, last);
    published = new Map();
    for await (const recorded of t.app.get<symbol, EventStore>(EVENT_STORE).readAll()) {
      const event = toIntegrationEvent(recorded);
      if (event && TYPES.includes(event.type) && caseIds.includes(event.caseId!)) published.set(event.id, event);
    }
    expected = idsByCase([...published.values()].map((event) => ({ event }) as never));
    expect(published.size).toBe(12);
  });
  afterAll(async () => {
    release();
    await t.close();
    await Promise.all(Object.values(receivers).map((receiver) => receiver.close()));
  });

  const deliveries = (name: string, query = '') =>
    t.http().get(`/subscriptions/${subscriptions[name].id}/deliveries${query}`).set('Authorization', auth);

  it('sends every event of every case, signed, in order per case, to a healthy receiver while a slow one holds its calls', async () => {
    await until('the healthy receiver has every event', () => receivers.healthy.accepted.length === 12);
    // Everything reached the healthy receiver while the slow one still held the first event of each case.
    expect(receivers.slow.received.length).toBeLessThanOrEqual(3);
    expect(new Set(receivers.slow.received.map((r) => r.event.caseId)).size).toBe(receivers.slow.received.length);
    expect(idsByCase(receivers.healthy.accepted)).toEqual(expected);
    for (const received of receivers.healthy.accepted) {
      expect(verifyWebhook(subscriptions.healthy.secret, received)).toEqual(published.get(received.event.id));
      expect(received.event).toEqual(published.get(received.event.id));
      expect(received.headers['content-type']).toBe('application/json');
      expect(received.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(receivers.healthy.accepted.map((r) => r.id)).size).toBe(12);
    expect(() => verifyWebhook(subscriptions.slow.secret, receivers.healthy.accepted[0])).toThrow();

    release();
    await until('the slow receiver has every event', () => receivers.slow.accepted.length === 12);
    expect(idsByCase(receivers.slow.accepted)).toEqual(expected);
  });

  it('retries a receiver that fails twice and loses nothing: every event, in order per case', async () => {
    await until('the recovering receiver has every event', () => receivers.recovering.accepted.length === 12);
    expect(idsByCase(receivers.recovering.accepted)).toEqual(expected);
    expect(receivers.recovering.received).toHaveLength(14);
    for (const failed of receivers.recovering.received.slice(0, 2)) {
      // A retry keeps its webhook-id, so the receiver can tell it from a new event.
      expect(receivers.recovering.accepted.filter((r) => r.id === failed.id)).toHaveLength(1);
      expect(verifyWebhook(subscriptions.recovering.secret, failed)).toBeDefined();
    }
  });

  it(`parks the first event of each case after ${MAX_ATTEMPTS} failures, holding back the later ones of that case`, async () => {
    await until('three deliveries are parked', async () => (await deliveries('failing', '?status=parked')).body.items?.length === 3);
    expect(receivers.failing.received).toHaveLength(3 * MAX_ATTEMPTS);
    const parked = (await deliveries('failing', '?status=parked')).body.items;
    for (const delivery of parked) {
      expect(delivery).toMatchObject({
        status: 'parked',
        attempts: MAX_ATTEMPTS,
        lastStatus: 500,
        lastError: 'HTTP 500',
        nextAttemptAt: null,
      });
      expect(delivery.type).toBe('case.opened.v1');
      expect(receivers.failing.received.filter((r) => r.id === delivery.id)).toHaveLength(MAX_ATTEMPTS);
    }
    const pending = (await deliveries('failing', '?status=pending')).body.items;
    expect(pending).toHaveLength(9);
    expect(pending.every((d: { attempts: number }) => d.attempts === 0)).toBe(true);
    const early = await t
      .http()
      .post(`/subscriptions/${subscriptions.failing.id}/deliveries/${pending[0].id}/redeliver`)
      .set('Authorization', auth);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DELIVERY_PENDING');
  });

  it('pages through the delivery log newest first', async () => {
    await until(
      'every healthy delivery is recorded',
      async () => (await deliveries('healthy', '?status=delivered')).body.items?.length === 12,
    );
    const seen: Array<{ id: string; eventId: string }> = [];
    let after = '';
    for (let page = 0; page < 10; page++) {
      const answer = await deliveries('healthy', `?limit=5${after}`);
      expect(answer.status).toBe(200);
      seen.push(...answer.body.items);
      if (answer.body.next === null) break;
      after = `&cursor=${answer.body.next}`;
    }
    expect(seen).toHaveLength(12);
    expect(seen.map((d) => d.eventId)).toEqual([...published.keys()].reverse());
    expect(seen.every((d) => (d as unknown as { status: string }).status === 'delivered')).toBe(true);
  });

  it('redelivers parked deliveries once the receiver is back, and the held-back events follow in order', async () => {
    receivers.failing.answer = () => 200;
    const parked = (await deliveries('failing', '?status=parked')).body.items as Array<{ id: string }>;
    for (const { id } of parked) {
      const answer = await t
        .http()
        .post(`/subscriptions/${subscriptions.failing.id}/deliveries/${id}/redeliver`)
        .set('Authorization', auth);
      expect(answer.status).toBe(202);
      expect(answer.body).toMatchObject({ id, status: 'pending', attempts: 0 });
    }
    await until('the failing receiver has every event', () => receivers.failing.accepted.length === 12);
    expect(idsByCase(receivers.failing.accepted)).toEqual(expected);
    await until('nothing is left pending', async () => (await deliveries('failing', '?status=delivered')).body.items?.length === 12);
  });

  it('redelivers a delivered one with the same webhook-id', async () => {
    const [latest] = (await deliveries('healthy', '?limit=1')).body.items;
    const redeliver = (id: string) =>
      t.http().post(`/subscriptions/${subscriptions.healthy.id}/deliveries/${id}/redeliver`).set('Authorization', auth);
    expect((await redeliver(latest.id)).status).toBe(202);
    await until('the healthy receiver has it twice', () => receivers.healthy.accepted.filter((r) => r.id === latest.id).length === 2);
    await until('it is delivered again', async () => (await deliveries('healthy', '?limit=1')).body.items[0].status === 'delivered');
    expect((await deliveries('healthy', '?limit=1')).body.items[0]).toMatchObject({ id: latest.id, attempts: 1 });
    expect(receivers.healthy.accepted).toHaveLength(13);
  });
});
