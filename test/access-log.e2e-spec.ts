import { caseClient, expectRefused } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** GDPR art. 15: every read of a case's or a household's content is logged before it is answered. */
describe('the access log (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let familyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const household = await coordinator.household();
    familyId = household.familyId;
    caseId = await coordinator.open(household);
    await coordinator.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
  });
  afterAll(async () => t.close());

  const accessEvents = async () =>
    (
      await t.database.pool.query(
        "SELECT count(*)::int AS n, count(DISTINCT transaction_id)::int AS commits FROM events WHERE type = 'CaseAccessed'",
      )
    ).rows[0] as { n: number; commits: number };

  it('records who read which case and household, in which request, before answering; refusals are not reads', async () => {
    const alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const before = await accessEvents();
    const read = await alice.get(`/cases/${caseId}`).expect(200);
    expect((await accessEvents()).n).toBe(before.n + 1);
    await alice.get(`/cases/${caseId}/events`).expect(200);
    await alice.get(`/families/${familyId}`).expect(200);
    await caseClient(t, `Bearer ${await t.token('social-worker', 'bob')}`)
      .get(`/cases/${caseId}`)
      .expect(403);
    expect((await accessEvents()).n).toBe(before.n + 3);

    const coordinator = `Bearer ${await t.token('coordinator', 'carla')}`;
    const position = encodeURIComponent(
      (
        await t
          .http()
          .get('/feed')
          .set('Authorization', `Bearer ${await t.token('integrator', 'i', 'feed')}`)
      ).body.next ?? '',
    );
    const log = await t.http().get(`/cases/${caseId}/access-log?consistentWith=${position}`).set('Authorization', coordinator).expect(200);
    expect(log.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          caseId,
          actor: { id: 'alice', role: 'social-worker' },
          what: 'GET /cases/:caseId',
          requestId: read.headers['x-request-id'],
        }),
        expect.objectContaining({ caseId, what: 'GET /cases/:caseId/events' }),
      ]),
    );
    expect(log.body.items.some((line: { actor: { id: string } }) => line.actor.id === 'bob')).toBe(false);
    const household = await t
      .http()
      .get(`/families/${familyId}/access-log?consistentWith=${position}`)
      .set('Authorization', coordinator)
      .expect(200);
    expect(household.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ familyId, what: 'GET /families/:familyId' })]));
    expect(household.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ caseId, what: 'GET /cases/:caseId' })]));
  });

  it('shares one append among reads that arrive together', async () => {
    const alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const before = await accessEvents();
    await Promise.all(Array.from({ length: 20 }, () => alice.get(`/cases/${caseId}`).expect(200)));
    const after = await accessEvents();
    expect(after.n - before.n).toBe(20);
    expect(after.commits - before.commits).toBeLessThan(20);
  });

  it('is for the head of service only', async () => {
    for (const role of ['social-worker', 'court-liaison', 'integrator', 'admin'] as const) {
      const token = await t.token(role, role === 'social-worker' ? 'alice' : undefined);
      await expectRefused(
        t,
        () => t.http().get(`/cases/${caseId}/access-log`).set('Authorization', `Bearer ${token}`),
        403,
        'FORBIDDEN_ROLE',
      );
    }
  });
});
