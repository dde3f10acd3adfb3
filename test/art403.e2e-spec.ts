import { DeadlineEngine } from '../src/cases/lapses/deadline-engine';
import { caseClient, expectRefused, facilityBody, registerFacility } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/**
 * Two stories of one art. 403 placement each, over HTTP, with a clock the test moves and two instances on one database:
 * one lapses at the PM's step (the engines append one MeasureLapsed between them), one runs to the TM's confirmation.
 */
describe('art. 403 c.c., step by step, with lapses (e2e)', () => {
  let t: TestApp;
  let second: TestApp;
  let api: ReturnType<typeof caseClient>;
  let now = new Date('2027-03-20T09:00:00+01:00');
  const clock = () => now;
  const move = (to: string) => (now = new Date(to));
  const engines = () => [t.app.get(DeadlineEngine), second.app.get(DeadlineEngine)];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    second = await createTestApp({ clock, database: t.database });
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  /** GET /deadlines once the projection has seen `position`, then every engine's pass at once. */
  const deadlinesAfter = async (caseId: string, position: string) =>
    (await api.get(`/deadlines?caseId=${caseId}&consistentWith=${encodeURIComponent(position)}`).expect(200)).body.items;
  const runEngines = () => Promise.all(engines().map((engine) => engine.runOnce()));
  const eventsOf = async (caseId: string) => (await api.get(`/cases/${caseId}/events`).expect(200)).body.items;

  it('lapses at the PM step over the last Sunday of March: one MeasureLapsed at the due instant, by the system, whichever engine', async () => {
    move('2027-03-20T09:00:00+01:00');
    const caseId = await api.open(await api.household(), { occurredAt: '2027-03-20T09:00:00+01:00' });
    const c = `/cases/${caseId}/emergency-placements`;
    move('2027-03-27T20:05:00+01:00');
    const placedWith = { facilityId: (await registerFacility(t)).id };
    const placed = api.post(c, {
      placedAt: '2027-03-27T20:00:00+01:00',
      placeKind: 'community',
      reason: 'Left alone at night.',
      placedWith,
    });
    const placement = (await placed.expect(201)).body.id;
    await api.post(`${c}/${placement}/oral-notice`, { occurredAt: '2027-03-27T20:10:00+01:00' }).expect(200);
    move('2027-03-27T22:00:00+01:00');
    const acts = (await api.post(`${c}/${placement}/notification`, {}).expect(200)).body;

    move('2027-03-30T23:00:00+02:00'); // 72 elapsed hours: the wall clock shows 23:00, not 22:00
    await deadlinesAfter(caseId, acts.position);
    await runEngines();
    expect((await eventsOf(caseId)).map((e: { type: string }) => e.type)).not.toContain('MeasureLapsed');

    move('2027-03-30T23:00:01+02:00');
    await runEngines();
    const events = await eventsOf(caseId);
    const lapses = events.filter((e: { type: string }) => e.type === 'MeasureLapsed');
    expect(lapses).toHaveLength(1);
    expect(lapses[0]).toMatchObject({
      occurredAt: '2027-03-30T21:00:00.000Z',
      actor: { id: 'system:deadline-engine', role: 'system' },
      data: { measureId: placement, missedStep: 'pm-request', dueAt: '2027-03-30T23:00:00+02:00', legalBasis: 'art. 403 c. 7 c.c.' },
    });
    expect(Math.abs(Date.parse(lapses[0].recordedAt) - Date.now())).toBeLessThan(60_000); // recorded by the store's clock, now
    await runEngines(); // idempotent across passes and instances
    expect((await eventsOf(caseId)).filter((e: { type: string }) => e.type === 'MeasureLapsed')).toHaveLength(1);

    expect((await api.get(`/cases/${caseId}`).expect(200)).body.emergencyPlacements[0]).toMatchObject({
      status: 'lapsed',
      lapse: { missedStep: 'pm-request', dueAt: '2027-03-30T23:00:00+02:00' },
    });

    // The late request is recorded, marked late; the placement stays lapsed and no further step is due.
    move('2027-03-31T10:00:00+02:00');
    const late = (await api.post(`${c}/${placement}/validation-request`, {}).expect(200)).body;
    const lateEvent = (await eventsOf(caseId)).at(-1);
    expect(lateEvent).toMatchObject({ type: 'EmergencyPlacementValidationRequested', data: { late: true } });
    expect((await api.get(`/cases/${caseId}`).expect(200)).body.emergencyPlacements[0]).toMatchObject({
      status: 'lapsed',
      lateSteps: ['pm-request'],
    });
    const rows = await deadlinesAfter(caseId, late.position);
    expect(rows[0]).toMatchObject({ kind: 'art403-pm-request', status: 'lapsed', lapsedByEventId: lapses[0].id });
    expect(rows.map((r: { kind: string }) => r.kind)).not.toContain('art403-validation'); // the late request opened no TM step
    const cancelled = (await api.get(`/deadlines?caseId=${caseId}&status=cancelled`).expect(200)).body.items;
    expect(cancelled).toEqual([expect.objectContaining({ kind: 'art403-validation', cancelledByEventType: 'MeasureLapsed' })]);
    await runEngines();
    expect((await eventsOf(caseId)).filter((e: { type: string }) => e.type === 'MeasureLapsed')).toHaveLength(1);
  });

  it('runs to the TM confirmation over the last Sunday of October, every step in time; steps out of order are refused', async () => {
    move('2026-10-01T09:00:00+02:00');
    const household = await api.household();
    const caseId = await api.open(household, { occurredAt: '2026-10-01T09:00:00+02:00' });
    const c = `/cases/${caseId}/emergency-placements`;
    move('2026-10-24T10:35:00+02:00');
    const placedWith = { facilityId: (await registerFacility(t, facilityBody('comunita-madre-bambino'))).id };
    const placement = (
      await api
        .post(c, {
          placedAt: '2026-10-24T10:30:00+02:00',
          placeKind: 'mother-child-community',
          reason: 'Violence at home.',
          placedWith,
          withParent: household.parentId,
        })
        .expect(201)
    ).body.id;
    const tmDecree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '88/2026', decreeDate: '2026-10-26' };
    await expectRefused(t, () => api.post(`${c}/${placement}/validation-request`, {}), 409, 'PLACEMENT_NOT_NOTIFIED');
    await api.post(`${c}/${placement}/oral-notice`, {}).expect(200);
    move('2026-10-25T09:29:00+01:00'); // a minute before 24 elapsed hours end
    await api.post(`${c}/${placement}/notification`, {}).expect(200);
    await expectRefused(t, () => api.post(`${c}/${placement}/validation`, tmDecree), 409, 'VALIDATION_NOT_REQUESTED');
    move('2026-10-26T09:00:00+01:00');
    await api.post(`${c}/${placement}/validation-request`, {}).expect(200);
    await expectRefused(
      t,
      () => api.post(`${c}/${placement}/review`, { ...tmDecree, outcome: 'confirmed' }),
      409,
      'PLACEMENT_NOT_VALIDATED',
    );
    move('2026-10-27T18:00:00+01:00');
    const validation = {
      ...tmDecree,
      decreeDate: '2026-10-27',
      hearingDate: '2026-11-06T10:00:00+01:00',
      curatoreSpeciale: 'avv. Carla Neri',
    };
    await api.post(`${c}/${placement}/validation`, validation).expect(200);
    await expectRefused(
      t,
      () => api.post(`${c}/${placement}/review`, { ...tmDecree, decreeDate: '2026-10-27', outcome: 'confirmed' }),
      409,
      'REVIEW_BEFORE_HEARING',
    );
    move('2026-11-18T12:00:00+01:00');
    const reviewed = (
      await api
        .post(`${c}/${placement}/review`, { ...tmDecree, decreeNumber: '95/2026', decreeDate: '2026-11-18', outcome: 'confirmed' })
        .expect(200)
    ).body;

    move('2026-12-01T09:00:00+01:00');
    const rows = await deadlinesAfter(caseId, reviewed.position);
    await runEngines();
    expect((await eventsOf(caseId)).map((e: { type: string }) => e.type)).not.toContain('MeasureLapsed');
    expect(
      rows
        .filter((r: { kind: string }) => r.kind.startsWith('art403'))
        .map((r: { kind: string; status: string; dueAt: string }) => [r.kind, r.status, r.dueAt]),
    ).toEqual([
      ['art403-transmission', 'met', '2026-10-25T09:30:00+01:00'],
      ['art403-validation', 'met', '2026-10-28T09:00:00+01:00'],
      ['art403-pm-request', 'met', '2026-10-28T09:29:00+01:00'],
      ['art403-hearing', 'met', '2026-11-11T23:59:59+01:00'],
      ['art403-review', 'met', '2026-11-21T23:59:59+01:00'],
    ]);
    expect((await api.get(`/cases/${caseId}`).expect(200)).body.emergencyPlacements[0]).toMatchObject({
      status: 'confirmed',
      review: { outcome: 'confirmed', decreeNumber: '95/2026' },
      decision: { outcome: 'validated', curatoreSpeciale: 'avv. Carla Neri' },
    });
  });
});
