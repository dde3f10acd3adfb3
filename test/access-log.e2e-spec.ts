import { caseClient, caseWithTeam, expectRefused } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** GDPR art. 15: every read of a case's or a household's content is logged before it is answered. */
describe('the access log (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let familyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ caseId, familyId } = await caseWithTeam(t, [{ workerId: 'alice', role: 'social-worker' }]));
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
    // The log is read from a read model: wait until it holds the three reads above.
    const logOf = async (path: string, reads: number) => {
      for (let i = 0; ; i++) {
        const answer = await t.http().get(path).set('Authorization', coordinator).expect(200);
        const ours = answer.body.items.filter((line: { actor: { id: string } }) => line.actor.id === 'alice');
        if (ours.length >= reads || i >= 100) return answer.body.items;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const log = await logOf(`/cases/${caseId}/access-log`, 2);
    expect(log).toEqual(
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
    expect(log.some((line: { actor: { id: string } }) => line.actor.id === 'bob')).toBe(false);
    const household = await logOf(`/families/${familyId}/access-log`, 3);
    expect(household).toEqual(expect.arrayContaining([expect.objectContaining({ familyId, what: 'GET /families/:familyId' })]));
    expect(household).toEqual(expect.arrayContaining([expect.objectContaining({ caseId, what: 'GET /cases/:caseId' })]));

    // Page by page, newest first, every line once (the coordinator's own reads of the log come in as new lines).
    const paged: Array<{ actor: { id: string }; requestId: string }> = [];
    for (let cursor = '', pages = 0; pages < 20; pages++) {
      const answer = await t.http().get(`/families/${familyId}/access-log?limit=1${cursor}`).set('Authorization', coordinator).expect(200);
      paged.push(...answer.body.items);
      if (answer.body.next === null) break;
      cursor = `&cursor=${answer.body.next}`;
    }
    const alices = (lines: typeof paged) => lines.filter((line) => line.actor.id === 'alice');
    expect(alices(paged)).toEqual(alices(household));
    expect(new Set(paged.map((line) => line.requestId)).size).toBe(paged.length);
    await expectRefused(
      t,
      () => t.http().get(`/cases/${caseId}/access-log?cursor=x`).set('Authorization', coordinator),
      400,
      'INVALID_CURSOR',
    );
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
