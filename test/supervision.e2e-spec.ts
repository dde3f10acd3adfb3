import { TestApp, createTestApp } from './support/test-app';
import { caseClient, caseWithTeam, expectRefused, today } from './support/case-requests';

/** A service that has its coordinator approve plans, closures and court reports (SUPERVISED_ACTS). */
describe('supervision over HTTP (e2e)', () => {
  let t: TestApp;
  let worker: ReturnType<typeof caseClient>;
  let coordinator: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp({ env: { SUPERVISED_ACTS: 'support-plan,closure,court-report' } });
    worker = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
  });
  afterAll(async () => t.close());

  type Approval = { approvalId: string; caseId: string; act: string; status: string; reason: string | null };
  const inbox = async (position: string, status = 'pending'): Promise<Approval[]> =>
    (await coordinator.get(`/approvals?status=${status}&consistentWith=${position}`).expect(200)).body.items;

  it('a plan waits for the coordinator: returned with a reason, resubmitted, approved, then agreed', async () => {
    const { caseId, household } = await caseWithTeam(t, [{ workerId: 'alice', role: 'social-worker' }]);
    const c = `/cases/${caseId}`;
    const plan = (await worker.post(`${c}/support-plans`, { goals: ['Frequenza regolare'], interventions: [] }).expect(201)).body.id;
    const consents = [{ name: 'Maria Esposito', role: 'parent', memberId: household.parentId, consentedAt: today() }];
    const agree = () => worker.post(`${c}/support-plans/${plan}/agreement`, { consents });
    await expectRefused(t, agree, 409, 'APPROVAL_REQUIRED');

    await expectRefused(t, () => worker.post(`${c}/approvals`, { act: 'support-plan' }), 400, 'APPROVAL_SUBJECT_MISSING');
    const first = await worker.post(`${c}/approvals`, { act: 'support-plan', planId: plan, note: 'Da verificare' }).expect(201);
    expect((await inbox(first.body.position)).filter((a) => a.caseId === caseId)).toEqual([
      expect.objectContaining({ approvalId: first.body.id, act: 'support-plan', status: 'pending' }),
    ]);
    const decision = `${c}/approvals/${first.body.id}/decision`;
    await expectRefused(t, () => worker.post(decision, { outcome: 'approved' }), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => coordinator.post(decision, { outcome: 'returned' }), 400, 'REASON_REQUIRED');
    const returned = await coordinator.post(decision, { outcome: 'returned', reason: 'Manca il parere della psicologa.' }).expect(200);
    expect((await inbox(returned.body.position, 'returned')).find((a) => a.approvalId === first.body.id)).toMatchObject({
      reason: 'Manca il parere della psicologa.',
    });
    await expectRefused(t, agree, 409, 'APPROVAL_REQUIRED');

    const second = await worker.post(`${c}/approvals`, { act: 'support-plan', planId: plan }).expect(201);
    await coordinator.post(`${c}/approvals/${second.body.id}/decision`, { outcome: 'approved' }).expect(200);
    const agreed = await agree().expect(200);
    expect((await inbox(agreed.body.position, 'used')).map((a) => a.approvalId)).toContain(second.body.id);
    expect((await inbox(agreed.body.position)).filter((a) => a.caseId === caseId)).toEqual([]);
  });

  it('a closure is approved for its reason; the coordinator closes without asking', async () => {
    const { caseId } = await caseWithTeam(t, [{ workerId: 'alice', role: 'social-worker' }]);
    const c = `/cases/${caseId}`;
    await expectRefused(t, () => worker.post(`${c}/closure`, { reason: 'goals-met' }), 409, 'APPROVAL_REQUIRED');
    const submitted = await worker.post(`${c}/approvals`, { act: 'closure', closureReason: 'goals-met' }).expect(201);
    await coordinator.post(`${c}/approvals/${submitted.body.id}/decision`, { outcome: 'approved' }).expect(200);
    await expectRefused(t, () => worker.post(`${c}/closure`, { reason: 'moved-away' }), 409, 'APPROVAL_REQUIRED');
    await worker.post(`${c}/closure`, { reason: 'goals-met' }).expect(200);

    const other = await caseWithTeam(t, []);
    await coordinator.post(`/cases/${other.caseId}/closure`, { reason: 'goals-met' }).expect(200);
  });
});
