import { caseClient, expectRefused } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

describe('GET /workers/{workerId}/caseload and GET /caseload (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let caseId: string;
  let position: string;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    caseId = await api.open(await api.household());
    await api.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
    position = (await api.post(`/cases/${caseId}/case-manager`, { workerId: 'alice' }).expect(200)).body.position;
  });
  afterAll(async () => t.close());

  const read = async (path: string, role: 'social-worker' | 'integrator' | 'court-liaison' = 'social-worker', sub = 'alice') =>
    t
      .http()
      .get(path)
      .set('Authorization', `Bearer ${await t.token(role, sub)}`);
  const consistent = () => `consistentWith=${encodeURIComponent(position)}`;

  it("reads a worker's open cases once the projection has passed the command's position", async () => {
    const answer = await read(`/workers/alice/caseload?${consistent()}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-consistency']).toBe('consistent');
    expect(answer.body).toMatchObject({
      workerId: 'alice',
      name: 'Alice Rossi',
      openCases: 1,
      asCaseManager: 1,
      cases: [
        { caseId, role: 'social-worker', isCaseManager: true, municipality: { istatCode: '015146', name: 'Milano' }, riskLevel: null },
      ],
      next: null,
    });
  });

  it('counts open cases per worker, per role and per municipality', async () => {
    const answer = await read(`/caseload?municipality=015146&${consistent()}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      municipality: '015146',
      openCases: 1,
      withoutCaseManager: 0,
      byWorker: [{ workerId: 'alice', name: 'Alice Rossi', roles: ['social-worker'], openCases: 1, asCaseManager: 1 }],
      byRole: expect.arrayContaining([{ role: 'social-worker', openCases: 1, workers: 1 }]),
      byMunicipality: [{ istatCode: '015146', name: 'Milano', openCases: 1 }],
    });
  });

  it('refuses bad input with problem+json, and roles that may not read cases', async () => {
    await expectRefused(t, () => read('/workers/al%20ice/caseload'), 400, 'INVALID_WORKER_ID');
    await expectRefused(t, () => read(`/workers/${'a'.repeat(101)}/caseload`), 400, 'INVALID_WORKER_ID');
    for (const query of ['?limit=0', '?limit=201', '?offset=1', '?team=x'])
      await expectRefused(t, () => read(`/workers/alice/caseload${query}`), 400, 'VALIDATION_FAILED');
    for (const query of ['?municipality=Milano', '?municipality=0151460', '?status=open'])
      await expectRefused(t, () => read(`/caseload${query}`), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => read('/caseload', 'integrator'), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => read('/workers/alice/caseload', 'social-worker', 'bob'), 403, 'NOT_YOUR_CASELOAD');
    expect((await read('/workers/alice/caseload', 'court-liaison', 'giudice-1')).status).toBe(200);
    await expectRefused(t, () => t.http().get('/workers/alice/caseload'), 401, 'UNAUTHENTICATED');
  });
});
