import { randomUUID } from 'node:crypto';
import { caseClient, expectRefused, instantDaysAgo } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

describe('GET /cases/{caseId}/timeline (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let caseId: string;
  let position: string;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    caseId = await api.open(await api.household(), { occurredAt: instantDaysAgo(20) });
    await api.post(`/cases/${caseId}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }).expect(200);
    const contact = await api
      .post(`/cases/${caseId}/contacts`, {
        kind: 'home-visit',
        occurredAt: instantDaysAgo(30), // recorded late: it happened before the opening was recorded
        participants: ['mother'],
        entries: [
          { kind: 'fact', text: 'The flat is cold.' },
          { kind: 'statement', statedBy: 'mother', text: 'The heating broke.' },
        ],
      })
      .expect(201);
    position = contact.body.position;
  });
  afterAll(async () => t.close());

  const timeline = (id: string, query = '', role: 'court-liaison' | 'integrator' = 'court-liaison') =>
    t.token(role).then((token) => t.http().get(`/cases/${id}/timeline${query}`).set('Authorization', `Bearer ${token}`));

  it('reads every event as a line once the projection has passed the command’s position', async () => {
    const answer = await timeline(caseId, `?consistentWith=${encodeURIComponent(position)}&order=recorded`);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-consistency']).toBe('consistent');
    expect(answer.body).toMatchObject({ caseId, order: 'recorded', total: 3, next: null });
    expect(answer.body.items.map((line: { type: string }) => line.type)).toEqual(['CaseOpened', 'TeamMemberAssigned', 'ContactRecorded']);
    expect(answer.body.items[2]).toMatchObject({
      revision: 2,
      label: {
        it: 'Visita domiciliare registrata (2 voci: 1 fatto, 1 dichiarazione)',
        en: 'Home visit recorded (2 entries: 1 fact, 1 statement)',
      },
      actor: { id: 'alice', role: 'social-worker' },
      entryKinds: [{ kind: 'fact' }, { kind: 'statement', statedBy: 'mother' }],
    });
    expect(JSON.stringify(answer.body)).not.toContain('The flat is cold');
    const occurred = await timeline(caseId, `?limit=2&consistentWith=${encodeURIComponent(position)}`);
    expect(occurred.body.items.map((line: { revision: number }) => line.revision)).toEqual([2, 0]);
    const rest = await timeline(caseId, `?limit=2&cursor=${occurred.body.next}`);
    expect(rest.body.items.map((line: { revision: number }) => line.revision)).toEqual([1]);
    expect(rest.body.next).toBeNull();
  });

  it('refuses bad input with problem+json', async () => {
    for (const query of ['?limit=0', '?limit=201', '?limit=ten', '?order=alphabetical', '?from=1', '?color=red']) {
      await expectRefused(t, () => timeline(caseId, query), 400, 'VALIDATION_FAILED');
    }
    for (const position of ['not-a-position', 'x'.repeat(101)])
      await expectRefused(t, () => timeline(caseId, `?consistentWith=${position}`), 400, 'INVALID_POSITION');
    await expectRefused(t, () => timeline('not-a-uuid'), 400, 'INVALID_ID');
    for (const cursor of ['1', 'WyJ4Il0', Buffer.from('["-1"]').toString('base64url')])
      await expectRefused(t, () => timeline(caseId, `?cursor=${cursor}`), 400, 'INVALID_CURSOR');
  });

  it('answers 404 for a case without events, 403 for a role that may not read cases, 401 without a token', async () => {
    await expectRefused(t, () => timeline(randomUUID()), 404, 'CASE_NOT_FOUND');
    await expectRefused(t, () => timeline(caseId, '', 'integrator'), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => t.http().get(`/cases/${caseId}/timeline`), 401, 'UNAUTHENTICATED');
  });
});
