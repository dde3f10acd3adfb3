import { EsdbDouble, startEsdbDouble } from './support/esdb-double/esdb-double';
import { download, tempFiles, verifyCli } from './support/court-files';
import { TestApp, createTestApp } from './support/test-app';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };

describe('health (e2e, postgres store)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('answers liveness and readiness without a token, with each projection and its lag', async () => {
    expect((await t.http().get('/health').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/health/ready').expect(200);
    expect(ready.body).toMatchObject({ status: 'ready', checks: { postgres: { status: 'up' }, eventStore: { status: 'up' } } });
    expect(ready.body.projections.map((p: { name: string }) => p.name).sort()).toEqual([
      'access_log',
      'approvals',
      'audit_stream_heads',
      'carers',
      'case_list',
      'case_timeline',
      'caseload',
      'community',
      'deadlines',
      'people',
      'statistics',
      'statistics_export',
    ]);
    expect(ready.body.projections[0]).toEqual(
      expect.objectContaining({ lagEvents: expect.any(Number), lagMs: expect.any(Number), eventsSeen: expect.any(Number) }),
    );
  });
});

describe('the whole app on EventStoreDB, over the gRPC double (e2e)', () => {
  let double: EsdbDouble;
  let t: TestApp;
  beforeAll(async () => {
    double = await startEsdbDouble();
    t = await createTestApp({
      env: { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: double.connectionString, EVENTSTORE_TIMEOUT_MS: '1000' },
    });
  });
  afterAll(async () => {
    await t?.close();
    await double?.stop();
  });

  it('registers a family, reads it back, and its list projection follows from EventStoreDB', async () => {
    const auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    const created = await t.http().post('/families').set('Authorization', auth).send(family).expect(201);
    const member = await t
      .http()
      .post(`/families/${created.body.id}/members`)
      .set('Authorization', auth)
      .send({ givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', role: 'minor' })
      .expect(201);
    const opened = await t
      .http()
      .post('/cases')
      .set('Authorization', auth)
      .send({
        familyId: created.body.id,
        minorId: member.body.id,
        intake: { kind: 'spontaneous', requesterId: member.body.id, reason: 'asks' },
      })
      .expect(201);
    const listed = await t.http().get('/cases').query({ consistentWith: opened.body.position }).set('Authorization', auth).expect(200);
    expect(listed.headers['x-consistency']).toBe('consistent');
    expect(listed.body.items.map((c: { caseId: string }) => c.caseId)).toEqual([opened.body.id]);

    // The court's path on this store: a signed bundle that the CLI verifies, and the stored chains re-verified.
    const bundle = await download(t, await t.token('court-liaison'), `/cases/${opened.body.id}/audit-trail`);
    expect(bundle.status).toBe(200);
    const verified = await verifyCli([tempFiles()('esdb-bundle.json', bundle.body)]);
    expect(verified.output).toContain('verified: 3 events, 2 streams');
    const stored = await t.http().get(`/cases/${opened.body.id}/audit-trail/verification`).set('Authorization', auth).expect(200);
    expect(stored.body).toMatchObject({ holds: true, streams: [{ events: 2 }, { events: 2 }] });
  });

  it('turns /health/ready 503 within 5 s when the store hangs, and ready again when it answers', async () => {
    await t.http().get('/health/ready').expect(200);
    await double.setFault('hang');
    // The bound is the contract (never hang), so the request itself gives up at 5 s.
    const down = await t.http().get('/health/ready').timeout(5000).expect(503);
    expect(down.body).toMatchObject({ status: 'unavailable', checks: { postgres: { status: 'up' }, eventStore: { status: 'down' } } });
    await double.setFault('none');
    let answer = 0;
    for (let i = 0; i < 50 && answer !== 200; i++) {
      answer = (await t.http().get('/health/ready')).status;
      if (answer !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(answer).toBe(200);
  });

  it('answers 503 EVENT_STORE_UNAVAILABLE to a command while the store refuses', async () => {
    const auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    await double.setFault('refuse');
    const refused = await t.http().post('/families').set('Authorization', auth).send(family).timeout(5000);
    await double.setFault('none');
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('EVENT_STORE_UNAVAILABLE');
  });
});
