import { caseClient, caseWithTeam, expectRefused } from './support/case-requests';
import { TestApp, countEvents, createTestApp } from './support/test-app';

const HOUR = 3_600_000;

/** A coordinator lets a worker off the team read a case for a few hours; the grant ends by itself on the clock. */
describe('break-glass access grants (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  // The service's clock runs on, shifted by what a test skips ahead.
  let skipped = 0;
  const clock = () => new Date(Date.now() + skipped);
  const coordinator = async () => caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
  const dario = async () => caseClient(t, `Bearer ${await t.token('psychologist', 'dario')}`);
  const grant = async (body: object) => (await coordinator()).post(`/cases/${caseId}/access-grants`, body);

  beforeAll(async () => {
    t = await createTestApp({ clock });
    ({ caseId } = await caseWithTeam(t, [{ workerId: 'alice', role: 'social-worker' }]));
    // The timeline is a read model: wait until it holds the case, so that its answers below are about access only.
    const carla = await coordinator();
    for (let i = 0; i < 200 && (await carla.get(`/cases/${caseId}/timeline`)).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(async () => t.close());

  const reads = ['', '/events', '/timeline'];
  const expectReads = async (status: number) => {
    const worker = await dario();
    for (const path of reads) {
      const answer = await worker.get(`/cases/${caseId}${path}`);
      expect({ path, status: answer.status }).toEqual({ path, status });
    }
  };

  it('lets the worker read, not act, while the grant runs; the grant is on the timeline and in the access log', async () => {
    await expectReads(403);
    const granted = await grant({ workerId: 'dario', reason: 'On-call night duty: the minor is at the emergency room', hours: 2 });
    expect(granted.status).toBe(200);
    await expectReads(200);
    // A court document is recorded on the case (AuditTrailExported): that is acting, and stays with the team.
    await expectRefused(t, async () => (await dario()).get(`/cases/${caseId}/report-draft`), 403, 'NOT_ON_CASE_TEAM');
    await expectRefused(
      t,
      async () =>
        (await dario()).post(`/cases/${caseId}/contacts`, {
          kind: 'call',
          participants: ['mother'],
          entries: [{ kind: 'fact', text: 'x' }],
        }),
      403,
      'NOT_ON_CASE_TEAM',
    );

    const carla = await coordinator();
    const events = await carla.get(`/cases/${caseId}/events`).expect(200);
    const last = events.body.items.at(-1);
    expect(last).toMatchObject({ type: 'CaseAccessGranted', data: { workerId: 'dario', reason: expect.stringContaining('night duty') } });
    expect(Math.abs(Date.parse(last.data.expiresAt) - Date.parse(last.recordedAt) - 2 * HOUR)).toBeLessThan(1000);

    const position = encodeURIComponent(granted.body.position);
    const timeline = await carla.get(`/cases/${caseId}/timeline?order=recorded&consistentWith=${position}`).expect(200);
    expect(timeline.body.items.at(-1)).toMatchObject({
      type: 'CaseAccessGranted',
      label: { en: expect.stringContaining('Break-glass read access granted to dario until') },
    });

    let log: Array<{ what: string; actor: { id: string } }> = [];
    // The access log is a read model: read until it holds both lines (bounded), the grant and dario's read.
    const complete = () =>
      log.some((line) => line.what.startsWith('break-glass grant to dario')) &&
      log.some((line) => line.actor.id === 'dario' && line.what === 'GET /cases/:caseId');
    for (let i = 0; i < 200 && !complete(); i++) {
      log = (await carla.get(`/cases/${caseId}/access-log`).expect(200)).body.items;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: { id: 'carla', role: 'coordinator' },
          what: expect.stringMatching(/^break-glass grant to dario until /),
        }),
        expect.objectContaining({ actor: { id: 'dario', role: 'psychologist' }, what: 'GET /cases/:caseId' }),
      ]),
    );
  });

  it('ends by itself when the clock passes its expiry', async () => {
    skipped = 2 * HOUR - 60_000;
    await expectReads(200);
    skipped = 2 * HOUR + 1000;
    await expectReads(403);
    await expectRefused(
      t,
      async () => (await coordinator()).post(`/cases/${caseId}/access-grants/dario/revocation`),
      404,
      'ACCESS_GRANT_NOT_FOUND',
    );
  });

  it('ends when a coordinator revokes it early', async () => {
    await grant({ workerId: 'dario', reason: 'Court asked for the file tonight', hours: 72 }).then((r) => expect(r.status).toBe(200));
    await expectReads(200);
    await (await coordinator()).post(`/cases/${caseId}/access-grants/dario/revocation`).expect(200);
    await expectReads(403);
  });

  it('is for coordinators only', async () => {
    for (const role of ['social-worker', 'psychologist', 'court-liaison', 'admin'] as const) {
      const token = await t.token(role, role === 'social-worker' ? 'alice' : undefined);
      await expectRefused(
        t,
        () =>
          t
            .http()
            .post(`/cases/${caseId}/access-grants`)
            .set('Authorization', `Bearer ${token}`)
            .send({ workerId: 'dario', reason: 'I want to see it', hours: 1 }),
        403,
        'FORBIDDEN_ROLE',
      );
    }
  });

  it('refuses bad input and needless grants, appending nothing', async () => {
    const valid = { workerId: 'dario', reason: 'Night duty', hours: 1 };
    const bad: object[] = [
      { ...valid, hours: 0 },
      { ...valid, hours: 73 },
      { ...valid, hours: 1.5 },
      { ...valid, hours: '12' },
      { workerId: 'dario', hours: 1 },
      { ...valid, reason: '' },
      { ...valid, reason: 'x'.repeat(1001) },
      { ...valid, workerId: 'not a subject!' },
      { ...valid, occurredAt: new Date().toISOString() },
      { ...valid, extra: true },
    ];
    for (const body of bad) await expectRefused(t, () => grant(body), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => grant({ ...valid, reason: '   ' }), 400, 'GRANT_REASON_REQUIRED');
    await expectRefused(t, () => grant({ ...valid, workerId: 'alice' }), 409, 'ACCESS_GRANT_NEEDLESS');
    const before = await countEvents(t);
    await expectRefused(t, async () => (await coordinator()).post('/cases/not-a-uuid/access-grants', valid), 400, 'INVALID_ID');
    expect(await countEvents(t)).toBe(before);
  });
});
