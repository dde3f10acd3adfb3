import { romeIso } from '../src/projections/deadlines/rome-time';
import { caseClient, registerFacility } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** An art. 403 placement over HTTP: GET /deadlines, read-your-writes, shows the 24 h notice open, then met. */
describe('GET /deadlines (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  const now = new Date();
  beforeAll(async () => {
    t = await createTestApp({ clock: () => now });
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  it('an emergency placement opens the 24 h for its acts to the PM, and their notification meets it', async () => {
    const caseId = await api.open(await api.household(), { occurredAt: new Date(now.getTime() - 3 * 3_600_000).toISOString() });
    const placedAt = new Date(now.getTime() - 2 * 3_600_000);
    const placed = await api
      .post(`/cases/${caseId}/emergency-placements`, {
        placedAt: placedAt.toISOString(),
        placeKind: 'community',
        reason: 'Violence at home.',
        placedWith: { facilityId: (await registerFacility(t)).id },
      })
      .expect(201);
    const placementId = placed.body.id;

    const open = await api
      .get(`/deadlines?caseId=${caseId}&kind=art403-transmission&consistentWith=${encodeURIComponent(placed.body.position)}`)
      .expect(200);
    expect(open.headers['x-consistency']).toBe('consistent');
    expect(open.body).toEqual({
      items: [
        expect.objectContaining({
          caseId,
          kind: 'art403-transmission',
          placementId,
          status: 'open',
          metByEventId: null,
          dueAt: romeIso(new Date(placedAt.getTime() + 24 * 3_600_000)),
          legalBasis: expect.stringContaining('art. 403 c. 2 c.c.'),
        }),
      ],
      next: null,
    });
    expect(open.body.items[0].dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);

    const notified = await api.post(`/cases/${caseId}/emergency-placements/${placementId}/notification`, {}).expect(200);
    const met = await api.get(`/deadlines?caseId=${caseId}&consistentWith=${encodeURIComponent(notified.body.position)}`).expect(200);
    expect(met.body.items.map((d: { kind: string; status: string }) => [d.kind, d.status])).toEqual([
      ['art403-transmission', 'met'],
      ['art403-pm-request', 'open'],
    ]);
    expect(met.body.items[0]).toMatchObject({
      metByEventId: expect.any(String),
      metByEventType: 'EmergencyPlacementNotified',
      metAt: romeIso(now),
    });
  });

  it('refuses a bad query with 400 problem+json naming every field', async () => {
    const answer = await api.get('/deadlines?status=late&caseId=nope&limit=0&dueBefore=tomorrow&workerId=a%20b&extra=1').expect(400);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'caseId',
      'dueBefore',
      'extra',
      'limit',
      'status',
      'workerId',
    ]);
    expect((await api.get('/deadlines?consistentWith=garbage').expect(400)).body.code).toBe('INVALID_POSITION');
    expect((await api.get('/deadlines?cursor=garbage').expect(400)).body.code).toBe('INVALID_CURSOR');
  });

  it('is for case readers only', async () => {
    await t.http().get('/deadlines').expect(401);
    await t
      .http()
      .get('/deadlines')
      .set('Authorization', `Bearer ${await t.token('integrator')}`)
      .expect(403);
    await t
      .http()
      .get('/deadlines')
      .set('Authorization', `Bearer ${await t.token('court-liaison')}`)
      .expect(200);
  });
});
