import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { EventLog } from '../src/event-store/event-log';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store';
import { IntegrationEvent } from '../src/feed/integration-events/integration-event';
import { FeedStreams } from '../src/feed/feed/feed-streams';
import { caseClient } from './support/case-requests';
import { untilReadable } from './support/feed-story';
import { SseClient, bodyOf, openSse } from './support/sse-client';
import { TestApp, createTestApp } from './support/test-app';

describe('GET /feed/stream (e2e, Server-Sent Events over a real socket)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let port: number;
  let streams: FeedStreams;
  const open: SseClient[] = [];
  beforeAll(async () => {
    t = await createTestApp({ env: { FEED_HEARTBEAT_MS: '50' } });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    streams = t.app.get(FeedStreams);
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    await openCase();
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(async () => t.close());

  const connect = async (query = '', headers: Record<string, string> = {}, scope = 'feed') => {
    const authorization = `Bearer ${await t.token('integrator', 'erp-1', scope)}`;
    const client = await openSse(port, `/feed/stream${query}`, { Authorization: authorization, ...headers });
    open.push(client);
    return client;
  };
  /** Opens a case, and waits until the store lets readers see it. */
  const openCase = async (): Promise<string> => {
    const { familyId, minorId, parentId } = await api.household();
    const intake = { kind: 'spontaneous', requesterId: parentId, reason: 'School refusal.' };
    const opened = await api.post('/cases', { familyId, minorId, intake }).expect(201);
    await untilReadable(t, opened.body.position);
    return opened.body.id;
  };
  const wholeFeed = async (): Promise<IntegrationEvent[]> => {
    const token = `Bearer ${await t.token('integrator', 'erp-1', 'feed')}`;
    return (await t.http().get('/feed?limit=1000').set('Authorization', token).expect(200)).body.items;
  };
  const idle = async () => {
    for (let waited = 0; streams.openStreams > 0; waited += 10) {
      if (waited > 5000) throw new Error('a stream stayed open after its client left');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  it('sends the catch-up, then live events, each framed with its position as id, with no-store and no proxy buffering', async () => {
    const client = await connect();
    expect(client.response.statusCode).toBe(200);
    expect(client.response.headers).toMatchObject({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    const before = await wholeFeed();
    await client.waitFor((c) => c.events.length === before.length);
    expect(client.events).toEqual(before.map((event) => ({ id: event.position, event: event.type, data: event })));

    const caseId = await openCase();
    const after = await wholeFeed();
    await client.waitFor((c) => c.events.length === after.length);
    expect(client.events.map((e) => e.id)).toEqual(after.map((e) => e.position));
    expect(client.events.at(-1)).toMatchObject({ event: 'case.opened.v1', data: { caseId } });
  });

  it('resumes after Last-Event-ID when the connection drops: nothing missed, nothing repeated', async () => {
    const first = await connect();
    await first.waitFor((c) => c.events.length >= 3);
    first.close();
    const received = first.events.map((e) => e.id);
    await openCase(); // written while the consumer is away
    const second = await connect('', { 'Last-Event-ID': received.at(-1)! });
    const all = (await wholeFeed()).map((e) => e.position);
    await second.waitFor((c) => received.length + c.events.length >= all.length);
    expect([...received, ...second.events.map((e) => e.id)]).toEqual(all);
    const viaQuery = await connect(`?after=${encodeURIComponent(all[4])}&types=case.opened.v1`);
    await viaQuery.waitFor((c) => c.events.length === 3);
    const heartbeats = viaQuery.comments.length;
    await viaQuery.waitFor((c) => c.comments.length >= heartbeats + 2);
    expect(viaQuery.events.map((e) => e.event)).toEqual(['case.opened.v1', 'case.opened.v1', 'case.opened.v1']);
  });

  it('sends a heartbeat comment on an idle stream, with an id that moves the cursor past events the filter left out', async () => {
    const client = await connect('?types=case.closed.v1');
    await client.waitFor((c) => c.comments.filter((comment) => comment === 'heartbeat').length >= 2);
    expect(client.events).toEqual([]);
    expect(client.lastEventId).toBe(await t.app.get<symbol, EventStore>(EVENT_STORE).headPosition());
  });

  it('refuses a bad Last-Event-ID, a bad after or an unknown type with problem+json, before any stream byte', async () => {
    const refusals: Array<[string, Record<string, string>, string]> = [
      ['', { 'Last-Event-ID': 'not-a-position' }, 'INVALID_CURSOR'],
      ['?after=12', {}, 'INVALID_CURSOR'],
      ['?types=case.opened.v9', {}, 'UNKNOWN_EVENT_TYPE'],
      ['?limit=10', {}, 'VALIDATION_FAILED'],
    ];
    for (const [query, headers, code] of refusals) {
      const client = await connect(query, headers);
      expect(client.response.statusCode).toBe(400);
      expect(client.response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await bodyOf(client)).toMatchObject({ status: 400, code });
    }
    const withoutScope = await connect('', {}, 'webhooks');
    expect(withoutScope.response.statusCode).toBe(403);
    expect(await bodyOf(withoutScope)).toMatchObject({ code: 'MISSING_SCOPE' });
  });

  it('stops reading the store while a slow consumer does not read, then delivers everything once it does', async () => {
    await idle();
    const store = t.app.get<symbol, EventStore>(EVENT_STORE);
    const start = (await store.headPosition())!;
    const total = 1200;
    await untilReadable(t, await appendLargeContacts(t.app.get(EventLog), total));
    const pulledBefore = streams.eventsPulled;
    const client = await connect('', { 'Last-Event-ID': start });
    client.response.pause();
    // Pulls stop once the socket's buffers are full: wait until the count holds still, then look at it.
    let pulled = -1;
    for (let same = 0; same < 20; await new Promise((r) => setTimeout(r, 25))) {
      same = streams.eventsPulled === pulled ? same + 1 : 0;
      pulled = streams.eventsPulled;
    }
    expect(pulled - pulledBefore).toBeGreaterThan(0);
    expect(pulled - pulledBefore).toBeLessThan(total / 2);
    client.response.resume();
    await client.waitFor((c) => c.events.length === total, 30_000);
    expect(streams.eventsPulled - pulledBefore).toBeGreaterThanOrEqual(total);
    expect(new Set(client.events.map((e) => e.id)).size).toBe(total);
  });

  it('ends its subscription when the client disconnects', async () => {
    const client = await connect();
    await client.waitFor((c) => c.events.length > 0);
    expect(streams.openStreams).toBe(1);
    client.close();
    await idle();
  });
});

/** Contacts of about 16 kB each, appended through the hash-chained log in batches: many megabytes of stream. */
const appendLargeContacts = async (log: EventLog, count: number): Promise<string> => {
  const caseId = randomUUID();
  const actor = { id: 'alice', role: 'social-worker' };
  const metadata = { actor, correlationId: randomUUID(), causationId: randomUUID(), occurredAt: new Date().toISOString() };
  const entries = [...Array(4).keys()].map((n) => ({ kind: 'fact', text: `${n} ${'x'.repeat(4000)}` }));
  let position = '';
  for (let appended = 0; appended < count; appended += 100) {
    const drafts = [...Array(Math.min(100, count - appended)).keys()].map(() => ({
      type: 'ContactRecorded',
      data: { caseId, contactId: randomUUID(), kind: 'call', participants: ['mother'], entries },
      metadata,
    }));
    position = (await log.append(`case-${caseId}`, drafts, 'any')).position;
  }
  return position;
};
