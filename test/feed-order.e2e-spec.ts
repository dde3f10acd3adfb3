import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore } from '../src/event-store/event-store';
import { IntegrationEvent } from '../src/feed/integration-events/integration-event';
import { caseClient } from './support/case-requests';
import { untilReadable } from './support/feed-story';
import { TestApp, createTestApp } from './support/test-app';

// Embedded PGlite runs one transaction at a time: a slow transaction cannot overlap a later commit there.
const describeOnServer = process.env.DATABASE_URL ? describe : describe.skip;

/** DESIGN §5 at the feed's level: the store's own proof is test/postgres-ordering.int-spec.ts. */
describeOnServer('GET /feed in commit order (e2e, Postgres server)', () => {
  let t: TestApp;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const { familyId, minorId, parentId } = await api.household();
    const intake = { kind: 'spontaneous', requesterId: parentId, reason: 'Asks for help.' };
    const opened = await api.post('/cases', { familyId, minorId, intake }).expect(201);
    caseId = opened.body.id;
    await untilReadable(t, opened.body.position);
  });
  afterAll(async () => t.close());

  const page = async (after: string): Promise<{ items: IntegrationEvent[]; next: string | null }> => {
    const token = `Bearer ${await t.token('integrator', 'erp-1', 'feed')}`;
    return (
      await t
        .http()
        .get(`/feed?cursor=${encodeURIComponent(after)}`)
        .set('Authorization', token)
        .expect(200)
    ).body;
  };

  it('never skips an event committed after a later one: a cursor waits for the slow transaction, then gets both in order', async () => {
    const store = t.app.get<symbol, EventStore>(EVENT_STORE);
    const cursor = (await store.headPosition())!;
    const slow = await t.database.pool.connect();
    const stream = `case-${randomUUID()}`;
    const slowId = randomUUID();
    try {
      const now = new Date().toISOString();
      await slow.query('BEGIN'); // takes the earlier transaction id, and stays open while a command commits
      await slow.query('INSERT INTO streams (stream_id, revision) VALUES ($1, 0)', [stream]);
      await slow.query(
        `INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata) VALUES ($1, $2, 0, 'TeamMemberReleased', $3, $4)`,
        [slowId, stream, { caseId: stream.slice(5), workerId: 'late' }, { occurredAt: now, recordedAt: now }],
      );
      const api = caseClient(t, `Bearer ${await t.token('coordinator')}`);
      await api.post(`/cases/${caseId}/team-members`, { workerId: 'bob', name: 'Bruno Verdi', role: 'psychologist' }).expect(200);
      expect(await page(cursor)).toEqual({ items: [], next: null });
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    // Other transactions on the server (other test files) may hold the snapshot's xmin back a moment longer.
    let after = await page(cursor);
    for (let waited = 0; after.items.length < 2 && waited < 5000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await page(cursor);
    }
    expect(after.items.map((e) => [e.id === slowId ? 'slow' : 'fast', e.type])).toEqual([
      ['slow', 'case.team-member-released.v1'],
      ['fast', 'case.team-member-assigned.v1'],
    ]);
  });
});
