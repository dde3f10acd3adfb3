import { randomUUID } from 'node:crypto';
import { caseClient } from './support/case-requests';
import { untilReadable } from './support/feed-story';
import { TestApp, createTestApp } from './support/test-app';
import { WebhookReceiver, startReceiver, until } from './support/webhook-receivers';

describe('webhook subscriptions: own, listed, deleted, and refused when wrong (e2e)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let auth: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { WEBHOOKS_POLL_MS: '20' } });
    receiver = await startReceiver(() => 200);
    auth = `Bearer ${await t.token('integrator', 'erp-1', 'webhooks')}`;
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const rows = async (table: string): Promise<number> => (await t.database.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  const subscribe = (body: object, authorization = auth) => t.http().post('/subscriptions').set('Authorization', authorization).send(body);
  const get = (path: string, authorization = auth) => t.http().get(path).set('Authorization', authorization);

  it('creates a subscription with a generated Standard Webhooks secret, and lists and reads only the owner’s', async () => {
    const created = await subscribe({ url: receiver.url, types: ['case.closed.v1', 'case.opened.v1', 'case.closed.v1'] });
    expect(created.status).toBe(201);
    expect(created.headers.location).toBe(`/subscriptions/${created.body.id}`);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: receiver.url,
      types: ['case.closed.v1', 'case.opened.v1'],
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{43}=$/),
      startsAfter: null, // the store was empty: every event from the first
      createdAt: expect.any(String),
    });
    const { secret, ...shown } = created.body;
    expect((await get(`/subscriptions/${created.body.id}`)).body).toEqual(shown);
    expect(JSON.stringify((await get('/subscriptions')).body)).not.toContain(secret);
    expect((await get('/subscriptions')).body.items).toEqual([shown]);

    const other = `Bearer ${await t.token('integrator', 'erp-2', 'webhooks')}`;
    expect((await get('/subscriptions', other)).body.items).toEqual([]);
    const foreign = await get(`/subscriptions/${created.body.id}`, other);
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'SUBSCRIPTION_NOT_FOUND' });
    const foreignLog = await get(`/subscriptions/${created.body.id}/deliveries`, other);
    expect(foreignLog.status).toBe(404);
    expect((await t.http().delete(`/subscriptions/${created.body.id}`).set('Authorization', other)).status).toBe(404);
  });

  it('keeps a secret the integrator chose, and lets a feed-scoped token subscribe to personal types', async () => {
    const secret = `whsec_${Buffer.alloc(24, 9).toString('base64')}`;
    const feedAuth = `Bearer ${await t.token('integrator', 'erp-1', 'webhooks feed')}`;
    const created = await subscribe({ url: `${receiver.url}/personal`, types: ['contact.recorded.v1'], secret }, feedAuth);
    expect(created.status).toBe(201);
    expect(created.body.secret).toBe(secret);
  });

  it('stops delivering once a subscription is deleted, pending retries included', async () => {
    const [kept, doomed] = [await startReceiver(() => 200), await startReceiver(() => 500)];
    await subscribe({ url: kept.url, types: ['case.opened.v1'] }).expect(201);
    const doomedId = (await subscribe({ url: doomed.url, types: ['case.opened.v1'] }).expect(201)).body.id;
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const openCase = async () => {
      const opened = await api.post('/cases', await openingOf(api)).expect(201);
      await untilReadable(t, opened.body.position);
      return opened.body.id as string;
    };

    const first = await openCase();
    await until('both receivers got the first case', () => kept.accepted.length === 1 && doomed.received.length === 1);
    await until('the failure is recorded', async () => (await get(`/subscriptions/${doomedId}/deliveries`)).body.items[0].attempts === 1);
    expect((await t.http().delete(`/subscriptions/${doomedId}`).set('Authorization', auth)).status).toBe(204);
    expect((await get(`/subscriptions/${doomedId}`)).status).toBe(404);
    expect((await t.http().delete(`/subscriptions/${doomedId}`).set('Authorization', auth)).status).toBe(404);
    const { rows: left } = await t.database.pool.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1', [
      doomedId,
    ]);
    expect(left[0].n).toBe(0);

    const second = await openCase();
    await until('the kept receiver got the second case', () => kept.accepted.length === 2);
    expect(kept.accepted.map((r) => r.event.caseId)).toEqual([first, second]);
    expect(doomed.received.map((r) => r.event.caseId)).toEqual([first]);
    await Promise.all([kept.close(), doomed.close()]);
  });

  it('refuses bad input with problem+json and stores nothing', async () => {
    await subscribe({ url: `${receiver.url}/taken`, types: ['case.opened.v1'] }).expect(201);
    const tooLong = `https://erp.example.it/${'x'.repeat(2048)}`;
    const refusals: Array<[object, number, string, string?]> = [
      [{ url: `${receiver.url}/taken`, types: ['case.opened.v1'] }, 409, 'SUBSCRIPTION_EXISTS'],
      [{ url: 'not a url', types: ['case.opened.v1'] }, 400, 'INVALID_WEBHOOK_URL'],
      [{ url: 'ftp://erp.example.it/hooks', types: ['case.opened.v1'] }, 400, 'INVALID_WEBHOOK_URL'],
      [{ url: 'https://erp:secret@erp.example.it/hooks', types: ['case.opened.v1'] }, 400, 'INVALID_WEBHOOK_URL'],
      [{ url: 'http://erp.example.it/hooks', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: 'https://10.0.0.8/hooks', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: 'https://169.254.169.254/latest/meta-data', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: 'https://[fd00::1]/hooks', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: 'https://[::ffff:192.168.0.1]/hooks', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: 'https://0.0.0.0/hooks', types: ['case.opened.v1'] }, 400, 'WEBHOOK_URL_NOT_ALLOWED'],
      [{ url: receiver.url, types: ['case.deleted.v1'] }, 400, 'UNKNOWN_EVENT_TYPE'],
      [{ url: receiver.url, types: ['case.opened.v1'], secret: 'hunter2' }, 400, 'INVALID_WEBHOOK_SECRET'],
      [
        { url: receiver.url, types: ['case.opened.v1'], secret: `whsec_${Buffer.alloc(16).toString('base64')}` },
        400,
        'INVALID_WEBHOOK_SECRET',
      ],
      [{ url: receiver.url, types: ['contact.recorded.v1'] }, 403, 'MISSING_SCOPE'],
      [{ url: tooLong, types: ['case.opened.v1'] }, 400, 'VALIDATION_FAILED'],
      [{ url: receiver.url, types: [] }, 400, 'VALIDATION_FAILED'],
      [{ url: receiver.url, types: 'case.opened.v1' }, 400, 'VALIDATION_FAILED'],
      [{ url: receiver.url }, 400, 'VALIDATION_FAILED'],
      [{ url: receiver.url, types: ['case.opened.v1'], active: true }, 400, 'VALIDATION_FAILED'],
      [{ url: receiver.url, types: ['case.opened.v1'] }, 403, 'MISSING_SCOPE', 'feed'],
      [{ url: receiver.url, types: ['case.opened.v1'] }, 403, 'FORBIDDEN_ROLE', 'coordinator'],
    ];
    for (const [body, status, code, as] of refusals) {
      const before = await rows('webhook_subscriptions');
      const token = as === 'coordinator' ? await t.token('coordinator') : await t.token('integrator', 'erp-1', as ?? 'webhooks');
      const answer = await subscribe(body, `Bearer ${token}`);
      expect({ body, status: answer.status, code: answer.body.code }).toEqual({ body, status, code });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(await rows('webhook_subscriptions')).toBe(before);
    }
  });

  it('refuses bad ids and queries', async () => {
    const id = (await get('/subscriptions')).body.items[0].id;
    const cases: Array<[string, number, string]> = [
      ['/subscriptions/not-a-uuid', 400, 'INVALID_ID'],
      [`/subscriptions/${randomUUID()}`, 404, 'SUBSCRIPTION_NOT_FOUND'],
      [`/subscriptions/${id}/deliveries?status=lost`, 400, 'VALIDATION_FAILED'],
      [`/subscriptions/${id}/deliveries?limit=0`, 400, 'VALIDATION_FAILED'],
      [`/subscriptions/${id}/deliveries?cursor=x1`, 400, 'VALIDATION_FAILED'],
      [`/subscriptions/${randomUUID()}/deliveries`, 404, 'SUBSCRIPTION_NOT_FOUND'],
    ];
    for (const [path, status, code] of cases) {
      const answer = await get(path);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status, code });
    }
    const redeliver = await t.http().post(`/subscriptions/${id}/deliveries/${randomUUID()}/redeliver`).set('Authorization', auth);
    expect({ status: redeliver.status, code: redeliver.body.code }).toEqual({ status: 404, code: 'DELIVERY_NOT_FOUND' });
    expect((await t.http().get('/subscriptions')).status).toBe(401);
  });
});

const openingOf = async (api: ReturnType<typeof caseClient>) => {
  const household = await api.household();
  return {
    familyId: household.familyId,
    minorId: household.minorId,
    intake: { kind: 'spontaneous', requesterId: household.parentId, reason: 'Asks for help.' },
  };
};
