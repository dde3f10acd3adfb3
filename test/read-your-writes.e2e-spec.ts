import { openAndList } from './support/open-and-list';
import { countQueries } from './support/query-counter';
import { TestApp, createTestApp } from './support/test-app';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };

// Every household here has a Rossi girl born the same day: distinct people, confirmed as new.
describe('read-your-writes over HTTP (e2e)', () => {
  let t: TestApp;
  let auth: string;
  let familyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    familyId = (await t.http().post('/families').set('Authorization', auth).send(family).expect(201)).body.id;
  });
  afterAll(async () => t.close());

  it('a case opened, then listed with consistentWith, is in the list: 100 times in a row', async () => {
    for (let i = 0; i < 100; i++) {
      const { opened, consistency, ids } = await openAndList(t, auth, familyId, `Minore${i}x`);
      expect({ i, consistency, ids }).toEqual({ i, consistency: 'consistent', ids: [opened] });
    }
  });

  it('answers when its projection commits, without reading the checkpoints', async () => {
    const member = await t
      .http()
      .post(`/families/${familyId}/members`)
      .set('Authorization', auth)
      .send({ givenName: 'Woken', familyName: 'Rossi', birthDate: '2014-05-05', sex: 'F', role: 'minor', confirmNewPerson: true })
      .expect(201);
    const counting = countQueries(t.database.pool, t.app.getHttpServer());
    const opened = await t
      .http()
      .post('/cases')
      .set('Authorization', auth)
      .send({ familyId, minorId: member.body.id, intake: { kind: 'spontaneous', requesterId: member.body.id, reason: 'asks for help' } })
      .expect(201);
    const listed = await t
      .http()
      .get('/cases')
      .query({ search: 'Woken', consistentWith: opened.body.position })
      .set('Authorization', auth)
      .expect(200);
    counting.stop();
    expect(listed.headers['x-consistency']).toBe('consistent');
    expect(counting.statements.filter((statement) => statement.includes('projection_checkpoints'))).toEqual([]);
  });

  it('takes the position from the X-Consistent-With header too, and refuses one it never gave out', async () => {
    const member = await t
      .http()
      .post(`/families/${familyId}/members`)
      .set('Authorization', auth)
      .send({ givenName: 'Header', familyName: 'Rossi', birthDate: '2014-05-05', sex: 'F', role: 'minor', confirmNewPerson: true })
      .expect(201);
    const listed = await t
      .http()
      .get('/families/' + familyId)
      .set('Authorization', auth)
      .expect(200);
    expect(listed.body.members.map((m: { id: string }) => m.id)).toContain(member.body.id);
    const viaHeader = await t.http().get('/cases').set('Authorization', auth).set('X-Consistent-With', member.body.position).expect(200);
    expect(viaHeader.headers['x-consistency']).toBe('consistent');
    const bad = await t.http().get('/cases').query({ consistentWith: 'not-a-position' }).set('Authorization', auth).expect(400);
    expect(bad.body.code).toBe('INVALID_POSITION');
  });
});

describe('read-your-writes when projections lag (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ projections: false });
  });
  afterAll(async () => t.close());

  it('answers after the bound with X-Consistency: stale instead of waiting for ever', async () => {
    const auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    const created = await t.http().post('/families').set('Authorization', auth).send(family).expect(201);
    const listed = await t.http().get('/cases').query({ consistentWith: created.body.position }).set('Authorization', auth).expect(200);
    expect(listed.headers['x-consistency']).toBe('stale');
  });
});
