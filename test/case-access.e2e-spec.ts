import { caseClient } from './support/case-requests';
import { TestApp, countEvents, createTestApp } from './support/test-app';

describe('who may work on a case (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  const as = async (role: Parameters<TestApp['token']>[0], sub: string) => caseClient(t, `Bearer ${await t.token(role, sub)}`);
  const contact = { kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text: 'Telefonata con la madre.' }] };

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await as('coordinator', 'carla');
    caseId = await coordinator.open(await coordinator.household());
    await coordinator.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
  });
  afterAll(async () => t.close());

  it('lets the team read and write, and refuses a worker who is not on it, appending nothing', async () => {
    const alice = await as('social-worker', 'alice');
    await alice.get(`/cases/${caseId}`).expect(200);
    await alice.post(`/cases/${caseId}/contacts`, contact).expect(201);
    const bob = await as('social-worker', 'bob');
    const before = await countEvents(t);
    for (const call of [
      bob.get(`/cases/${caseId}`),
      bob.get(`/cases/${caseId}/timeline`),
      bob.get(`/cases/${caseId}/events`),
      bob.post(`/cases/${caseId}/contacts`, contact),
    ]) {
      const answer = await call.expect(403);
      expect(answer.body).toMatchObject({ code: 'NOT_ON_CASE_TEAM', status: 403 });
    }
    expect(await countEvents(t)).toBe(before);
  });

  it('lets coordinators and court liaison reach every case, and the opener their own', async () => {
    await (await as('court-liaison', 'giudice')).get(`/cases/${caseId}`).expect(200);
    const opener = await as('psychologist', 'paola');
    const own = await opener.open(await opener.household());
    await opener.get(`/cases/${own}`).expect(200);
  });

  it('closes the door on a released member', async () => {
    const coordinator = await as('coordinator', 'carla');
    await coordinator.post(`/cases/${caseId}/team-members/alice/release`, {}).expect(200);
    await (await as('social-worker', 'alice')).get(`/cases/${caseId}`).expect(403);
  });

  it('lets a team role reach a household only through a case it works on, or as its registrant', async () => {
    const coordinator = await as('coordinator', 'carla');
    const household = await coordinator.household();
    const familyCase = await coordinator.open(household);
    const paths = [`/families/${household.familyId}`, `/families/${household.familyId}/events`];
    const eve = await as('educator', 'eve');
    for (const path of paths) expect((await eve.get(path).expect(403)).body).toMatchObject({ code: 'FAMILY_NOT_VISIBLE' });
    const member = { givenName: 'Zia', familyName: 'Esposito', birthDate: '1970-01-01', sex: 'F', role: 'other-adult' };
    const before = await countEvents(t);
    await eve.post(`/families/${household.familyId}/members`, member).expect(403);
    expect(await countEvents(t)).toBe(before);

    await coordinator.post(`/cases/${familyCase}/team-members`, { workerId: 'eve', name: 'Eve Verdi', role: 'educator' }).expect(200);
    for (const path of paths) await eve.get(path).expect(200);
    await eve.post(`/families/${household.familyId}/members`, member).expect(201);

    const registrant = await as('social-worker', 'rita');
    const own = await registrant
      .post('/families', { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Po 2' })
      .expect(201);
    await registrant.get(`/families/${own.body.id}`).expect(200);
    await (await as('court-liaison', 'giudice')).get(`/families/${household.familyId}`).expect(200);
  });
});
