import { TestApp, countEvents, createTestApp } from './support/test-app';
import { Household, caseClient, expectRefused, instantDaysAgo, today } from './support/case-requests';

/** Every case endpoint answers bad input with a clear 4xx problem+json and appends nothing; a 5xx would be a bug. */
describe('case endpoints refuse bad input (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let h: Household;
  let c: string;
  const unknownId = '0f8fad5b-d9cb-469f-a165-70867728950e';
  const VALIDATION = 'VALIDATION_FAILED';
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    h = await api.household();
    c = `/cases/${await api.open(h)}`;
  });
  afterAll(async () => t.close());

  const refused = (send: () => ReturnType<typeof api.post>, status: number, code: string) => expectRefused(t, send, status, code);
  const opening = (changes: object = {}) => ({
    familyId: h.familyId,
    minorId: h.siblingId,
    intake: { kind: 'spontaneous', requesterId: h.parentId, reason: 'help' },
    ...changes,
  });

  it('lifecycle: POST /cases, closure, reopening, prosieguo', async () => {
    const unknown = await refused(() => api.post('/cases', opening({ admin: true })), 400, VALIDATION);
    expect(unknown.errors).toEqual([{ field: 'admin', messages: ['property admin should not exist'] }]);
    await refused(() => api.post('/cases', opening({ familyId: 'family-1' })), 400, VALIDATION);
    await refused(() => api.post('/cases', opening({ intake: { kind: 'telepathic', reason: 'x' } })), 400, VALIDATION);
    await refused(
      () => api.post('/cases', opening({ intake: { kind: 'spontaneous', requesterId: h.parentId, reason: 'x'.repeat(4001) } })),
      400,
      VALIDATION,
    );
    await refused(
      () =>
        api.post(
          '/cases',
          opening({
            intake: { kind: 'semi-spontaneous', referrer: { kind: 'police', organisation: 'x', contactPerson: 'y' }, reason: 'x' },
          }),
        ),
      400,
      VALIDATION,
    );
    await refused(() => api.post('/cases', opening({ occurredAt: 'yesterday' })), 400, VALIDATION);
    await refused(() => api.post('/cases', opening({ occurredAt: instantDaysAgo(-2) })), 400, 'OCCURRED_AT_IN_FUTURE');
    await refused(() => api.post('/cases', opening({ familyId: unknownId })), 404, 'FAMILY_NOT_FOUND');
    await refused(() => api.post('/cases', opening({ minorId: unknownId })), 409, 'MINOR_NOT_IN_FAMILY');
    await refused(() => api.post('/cases', opening({ minorId: h.parentId })), 409, 'MEMBER_NOT_A_MINOR');
    await refused(
      () => api.post('/cases', opening({ intake: { kind: 'spontaneous', requesterId: h.uncleId, reason: 'x' } })),
      409,
      'REQUESTER_NOT_ELIGIBLE',
    );
    await refused(
      () =>
        api.post(
          '/cases',
          opening({
            intake: {
              kind: 'judicial',
              authority: 'Tribunale Roma',
              proceedingNumber: '1',
              decreeDate: today(),
              mandates: ['monitoring'],
              reportDeadlines: [],
            },
          }),
        ),
      400,
      VALIDATION,
    );
    await refused(
      () =>
        api.post(
          '/cases',
          opening({
            intake: {
              kind: 'judicial',
              authority: 'tribunale-per-i-minorenni',
              proceedingNumber: '1',
              decreeDate: '2026-02-30',
              mandates: ['monitoring'],
              reportDeadlines: [],
            },
          }),
        ),
      400,
      VALIDATION,
    );

    await refused(() => api.post(`${c}/closure`, { reason: 'bored' }), 400, VALIDATION);
    await refused(() => api.post('/cases/not-a-uuid/closure', { reason: 'goals-met' }), 400, 'INVALID_ID');
    await refused(() => api.post(`/cases/${unknownId}/closure`, { reason: 'goals-met' }), 404, 'CASE_NOT_FOUND');
    await refused(() => api.post(`/cases/${unknownId}/reopening`, { reason: 'x' }), 404, 'CASE_NOT_FOUND');
    await refused(() => api.post(`${c}/reopening`, {}), 400, VALIDATION);
    await refused(() => api.post(`${c}/reopening`, { reason: 'x' }), 409, 'CASE_NOT_CLOSED');
    await refused(
      () =>
        api.post(`${c}/prosieguo`, {
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '1',
          decreeDate: today(),
          until: '2030-13-01',
          youngPersonConsentedAt: today(),
        }),
      400,
      VALIDATION,
    );
    await refused(() => api.post(`${c}/closure`, { reason: 'goals-met' }, { 'If-Match': 'five' }), 400, 'INVALID_IF_MATCH');
  });

  it('who may ask, and how the body is sent', async () => {
    await refused(() => t.http().post(`${c}/contacts`).send({}), 401, 'UNAUTHENTICATED');
    const liaison = caseClient(t, `Bearer ${await t.token('court-liaison')}`);
    await refused(
      () => liaison.post(`${c}/contacts`, { kind: 'call', participants: ['x'], entries: [{ kind: 'fact', text: 'x' }] }),
      403,
      'FORBIDDEN_ROLE',
    );
    await refused(() => liaison.post('/cases', opening()), 403, 'FORBIDDEN_ROLE');
    await liaison.get(c).expect(200);
    const integrator = caseClient(t, `Bearer ${await t.token('integrator')}`);
    await refused(() => integrator.get(c), 403, 'FORBIDDEN_ROLE');
    await refused(() => api.post(`${c}/contacts`).set('Content-Type', 'text/plain').send('hello'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await refused(() => api.post(`${c}/contacts`).set('Content-Type', 'application/json').send('{"kind":'), 400, 'MALFORMED_JSON');
    await refused(
      () => api.post(`${c}/contacts`, { kind: 'call', participants: ['x'], entries: [{ kind: 'fact', text: 'x'.repeat(70 * 1024) }] }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    await refused(() => api.post(`${c}/contacts`, [{ kind: 'call' }]), 400, VALIDATION);
  });

  it('team, assessments and contacts', async () => {
    await refused(() => api.post(`${c}/team-members`, { workerId: 'alice', name: 'Alice', role: 'judge' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/team-members`, { workerId: 'alice rossi', name: 'Alice', role: 'educator' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/team-members`, { workerId: 'alice', name: 'x'.repeat(201), role: 'educator' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/team-members/bad%20id/release`), 400, 'INVALID_ID');
    await refused(() => api.post(`${c}/team-members/${'a'.repeat(101)}/release`), 400, 'INVALID_ID');
    await refused(() => api.post(`${c}/team-members/nobody/release`), 404, 'TEAM_MEMBER_NOT_FOUND');
    await refused(() => api.post(`${c}/case-manager`, { workerId: 'nobody' }), 409, 'CASE_MANAGER_NOT_A_MEMBER');
    await refused(
      () => api.post(`/cases/${unknownId}/team-members`, { workerId: 'alice', name: 'Alice', role: 'educator' }),
      404,
      'CASE_NOT_FOUND',
    );

    await refused(() => api.post(`${c}/assessments`, { discipline: 'astrological' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/assessments/not-a-uuid/entries`, { kind: 'fact', text: 'x' }), 400, 'INVALID_ID');
    await refused(() => api.post(`${c}/assessments/${unknownId}/entries`, { kind: 'fact', text: 'x' }), 404, 'ASSESSMENT_NOT_FOUND');
    const assessment = (await api.post(`${c}/assessments`, { discipline: 'social' }).expect(201)).body.id;
    const entries = `${c}/assessments/${assessment}/entries`;
    const noStatedBy = await refused(() => api.post(entries, { kind: 'statement', text: 'he said so' }), 400, VALIDATION);
    expect(noStatedBy.errors).toEqual([expect.objectContaining({ field: 'statedBy' })]);
    await refused(() => api.post(entries, { kind: 'evaluation', text: 'x' }), 400, VALIDATION);
    await refused(() => api.post(entries, { kind: 'fact', statedBy: 'mother', text: 'x' }), 400, VALIDATION);
    await refused(() => api.post(entries, { kind: 'rumour', text: 'x' }), 400, VALIDATION);
    await refused(() => api.post(entries, { kind: 'fact', text: 'x', occurredAt: '2026-11-10T25:00:00Z' }), 400, VALIDATION);
    await refused(
      () => api.post(`${c}/assessments/${assessment}/completion`, { riskLevel: 'extreme', riskFactors: [], protectiveFactors: [] }),
      400,
      VALIDATION,
    );

    const contact = { kind: 'call', participants: ['mother'], entries: [{ kind: 'fact', text: 'x' }] };
    await refused(() => api.post(`${c}/contacts`, { ...contact, entries: [] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/contacts`, { ...contact, kind: 'email' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/contacts`, { ...contact, participants: ['x'.repeat(201)] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/contacts`, { ...contact, entries: [{ kind: 'statement', text: 'x' }] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/contacts`, { ...contact, occurredAt: instantDaysAgo(-1) }), 400, 'OCCURRED_AT_IN_FUTURE');
  });

  it('support plans and interventions', async () => {
    await refused(() => api.post(`${c}/support-plans`, { goals: [], interventions: [] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/support-plans`, { goals: ['x'], interventions: [{ kind: 'magic' }] }), 400, VALIDATION);
    await refused(
      () => api.post(`${c}/support-plans/not-a-uuid/agreement`, { consents: [{ name: 'Maria', role: 'parent', consentedAt: today() }] }),
      400,
      'INVALID_ID',
    );
    await refused(
      () => api.post(`${c}/support-plans/${unknownId}/reviews`, { reviewedOn: today(), outcome: 'x' }),
      404,
      'SUPPORT_PLAN_NOT_FOUND',
    );
    const plan = (await api.post(`${c}/support-plans`, { goals: ['attendance'], interventions: [] }).expect(201)).body.id;
    await refused(
      () => api.post(`${c}/support-plans/${plan}/agreement`, { consents: [{ name: 'Maria', role: 'parent', consentedAt: 'ieri' }] }),
      400,
      VALIDATION,
    );
    await refused(
      () => api.post(`${c}/support-plans/${plan}/agreement`, { consents: [{ name: 'Maria', role: 'neighbour', consentedAt: today() }] }),
      400,
      VALIDATION,
    );
    const start = { kind: 'day-centre', provider: 'Centro Diurno', startedOn: today() };
    await refused(() => api.post(`${c}/support-plans/${plan}/interventions`, { ...start, startedOn: '2026-02-30' }), 400, VALIDATION);
    await refused(
      () => api.post(`${c}/support-plans/${plan}/interventions`, { ...start, expectedEndOn: '2000-01-01' }),
      400,
      'END_BEFORE_START',
    );
    await refused(
      () => api.post(`${c}/support-plans/${plan}/interventions/${unknownId}/end`, { endedOn: today() }),
      404,
      'INTERVENTION_NOT_FOUND',
    );
    await refused(() => api.post(`${c}/support-plans/${plan}/interventions/x/end`, { endedOn: today() }), 400, 'INVALID_ID');
  });

  it('protection measures and emergency placements', async () => {
    await refused(() => api.post(`${c}/protection-measures`, { kind: 'exile', reason: 'x' }), 400, VALIDATION);
    const measure = (await api.post(`${c}/protection-measures`, { kind: 'foster-care', reason: 'x' }).expect(201)).body.id;
    const order = { authority: 'giudice-tutelare', decreeNumber: '1', decreeDate: today(), legalBasis: 'l184-art4-consensual-affido' };
    await refused(() => api.post(`${c}/protection-measures/${measure}/order`, order), 400, VALIDATION);
    await refused(
      () => api.post(`${c}/protection-measures/${measure}/order`, { ...order, legalBasis: 'art-333-cc', reportEveryMonths: 0 }),
      400,
      VALIDATION,
    );
    await refused(() => api.post(`${c}/protection-measures/${unknownId}/end`, { endedOn: today(), reason: 'x' }), 404, 'MEASURE_NOT_FOUND');

    await refused(
      () => api.post(`${c}/emergency-placements`, { placedAt: 'tonight', placeKind: 'community', reason: 'x' }),
      400,
      VALIDATION,
    );
    await refused(
      () => api.post(`${c}/emergency-placements`, { placedAt: instantDaysAgo(0.1), placeKind: 'castle', reason: 'x' }),
      400,
      VALIDATION,
    );
    const inCommunity = { placedAt: instantDaysAgo(0.1), placeKind: 'community', reason: 'x' };
    await refused(() => api.post(`${c}/emergency-placements`, { ...inCommunity, placedWith: { facilityId: 'x' } }), 400, VALIDATION);
    await refused(() => api.post(`${c}/emergency-placements`, { ...inCommunity, placedWith: { hotel: unknownId } }), 400, VALIDATION);
    await refused(() => api.post(`${c}/emergency-placements`, { ...inCommunity, withParent: 'mum' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/emergency-placements`, inCommunity), 400, 'PLACED_WITH_REQUIRED');
    await refused(
      () => api.post(`${c}/emergency-placements`, { placedAt: instantDaysAgo(-1), placeKind: 'community', reason: 'x' }),
      400,
      'OCCURRED_AT_IN_FUTURE',
    );
    await refused(() => api.post(`${c}/emergency-placements/${unknownId}/notification`), 404, 'PLACEMENT_NOT_FOUND');
    await refused(() => api.post(`${c}/emergency-placements/${unknownId}/notification`, { authority: 'PM!' }), 400, VALIDATION);
    await refused(
      () =>
        api.post(`${c}/emergency-placements/nope/validation`, {
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '1',
          decreeDate: today(),
        }),
      400,
      'INVALID_ID',
    );
  });

  it('court: mandates, hearings, reports', async () => {
    const mandate = {
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '1/2026',
      decreeDate: today(),
      mandates: ['monitoring'],
      reportDeadlines: [],
    };
    await refused(() => api.post(`${c}/judicial-mandates`, { ...mandate, mandates: ['punishment'] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/judicial-mandates`, { ...mandate, mandates: [] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/judicial-mandates`, { ...mandate, reportDeadlines: ['soon'] }), 400, VALIDATION);
    await refused(
      () => api.post(`${c}/court-hearings`, { authority: 'tribunale-per-i-minorenni', hearingDate: 'next week' }),
      400,
      VALIDATION,
    );
    await refused(
      () =>
        api.post(`${c}/court-hearings`, {
          authority: 'tribunale-per-i-minorenni',
          hearingDate: instantDaysAgo(-3),
          placementId: unknownId,
        }),
      404,
      'PLACEMENT_NOT_FOUND',
    );

    const report = {
      authority: 'tribunale-per-i-minorenni',
      periodFrom: today(),
      periodTo: today(),
      coveredEvents: { fromRevision: 0, toRevision: 0 },
      headHash: 'ab'.repeat(32),
      sections: [{ kind: 'fact', text: 'x' }],
    };
    await refused(() => api.post(`${c}/court-reports`, { ...report, headHash: 'XYZ' }), 400, VALIDATION);
    await refused(() => api.post(`${c}/court-reports`, { ...report, sections: [{ kind: 'statement', text: 'x' }] }), 400, VALIDATION);
    await refused(() => api.post(`${c}/court-reports`, report), 409, 'REPORT_HEAD_HASH_MISMATCH');
    await refused(
      () => api.post(`${c}/court-reports`, { ...report, coveredEvents: { fromRevision: 0, toRevision: 10_000 } }),
      400,
      'REPORT_RANGE_BEYOND_STREAM',
    );
    await refused(
      () => api.post(`${c}/court-reports`, { ...report, coveredEvents: { fromRevision: 0, toRevision: 1e20 } }),
      400,
      'REPORT_RANGE_BEYOND_STREAM',
    );
    await refused(() => api.post(`${c}/court-reports`, { ...report, coveredEvents: { fromRevision: 0, toRevision: -1 } }), 400, VALIDATION);
  });

  it('queries: the case, as of an instant, and its events', async () => {
    const before = await countEvents(t);
    await refused(() => api.get('/cases/not-a-uuid'), 400, 'INVALID_ID');
    await refused(() => api.get(`/cases/${unknownId}`), 404, 'CASE_NOT_FOUND');
    await refused(() => api.get(`/cases/${unknownId}/events`), 404, 'CASE_NOT_FOUND');
    await refused(() => api.get(`${c}?asOf=yesterday`), 400, VALIDATION);
    await refused(() => api.get(`${c}?asOf=2026-11-10`), 400, VALIDATION);
    await refused(() => api.get(`${c}?asOf=2026-W45-1`), 400, VALIDATION);
    await refused(() => api.get(`${c}?asOf=${encodeURIComponent('2026-02-30T10:00:00Z')}`), 400, VALIDATION);
    await refused(() => api.get(`${c}?asOf=${encodeURIComponent(new Date().toISOString())}&axis=sideways`), 400, VALIDATION);
    await refused(() => api.get(`${c}?axis=occurred`), 400, VALIDATION);
    await refused(() => api.get(`${c}?debug=1`), 400, VALIDATION);
    for (const query of ['limit=0', 'limit=201', 'limit=abc', 'from=-1', 'from=1.5', 'from=', 'limit=5&limit=6']) {
      await refused(() => api.get(`${c}/events?${query}`), 400, VALIDATION);
    }
    expect((await api.get(`${c}/events?from=999`).expect(200)).body).toEqual({ items: [], next: null });
    await refused(() => api.get(`${c}/events?cursor=999`), 400, 'INVALID_CURSOR');
    const first = await api.get(`${c}/events?limit=1`).expect(200);
    await refused(() => api.get(`${c}/events?from=0&cursor=${first.body.next}`), 400, 'CURSOR_WITH_FROM');
    expect(await countEvents(t)).toBe(before);
  });

  it('an Idempotency-Key replay returns the first answer and appends once', async () => {
    const before = await countEvents(t);
    const body = { kind: 'call', participants: ['mother'], entries: [{ kind: 'fact', text: 'called back' }] };
    const first = await api.post(`${c}/contacts`, body, { 'Idempotency-Key': 'contact-1' }).expect(201);
    const replay = await api.post(`${c}/contacts`, body, { 'Idempotency-Key': 'contact-1' }).expect(201);
    expect(replay.body).toEqual(first.body);
    expect(await countEvents(t)).toBe(before + 1);
    await refused(
      () => api.post(`${c}/contacts`, { ...body, kind: 'interview' }, { 'Idempotency-Key': 'contact-1' }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
  });
});
