import { bornToTurn, caseClient, expectRefused, today } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** A case stays consistent: refusals are problem+json with a stable code, and nothing is appended. */
describe('case consistency (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  it('refuses a legal basis the kind of measure cannot rest on', async () => {
    const c = `/cases/${await api.open(await api.household())}`;
    const body = await expectRefused(
      t,
      () => api.post(`${c}/protection-measures`, { kind: 'emergency-placement', legalBasis: 'art-333-cc', reason: 'x' }),
      409,
      'LEGAL_BASIS_INCOMPATIBLE',
    );
    expect(body.allowed).toEqual(['art-403-cc']);
  });

  it('refuses a closure past measures in force, naming them; a transfer to a named service closes', async () => {
    const c = `/cases/${await api.open(await api.household())}`;
    const measureId = (
      await api
        .post(`${c}/protection-measures`, { kind: 'limitation-of-parental-responsibility', legalBasis: 'art-333-cc', reason: 'x' })
        .expect(201)
    ).body.id;
    const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '7/2026', decreeDate: today(), legalBasis: 'art-333-cc' };
    await api.post(`${c}/protection-measures/${measureId}/order`, decree).expect(200);
    const refused = await expectRefused(t, () => api.post(`${c}/closure`, { reason: 'goals-met' }), 409, 'MEASURES_IN_FORCE');
    expect(refused.measureIds).toEqual([measureId]);
    await expectRefused(t, () => api.post(`${c}/closure`, { reason: 'transferred' }), 409, 'MEASURES_IN_FORCE');
    await api.post(`${c}/closure`, { reason: 'transferred', receivingService: 'Tutela Minori, Comune di Monza' }).expect(200);
    const events = (await api.get(`${c}/events`).expect(200)).body.items;
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { receivingService: 'Tutela Minori, Comune di Monza' } });
  });

  it('refuses a fact dated before the minor was born', async () => {
    const c = `/cases/${await api.open(await api.household(bornToTurn(5, -10)))}`;
    const contact = {
      kind: 'call',
      participants: ['madre'],
      entries: [{ kind: 'fact', text: 'x' }],
      occurredAt: '2010-03-01T10:00:00+01:00',
    };
    await expectRefused(t, () => api.post(`${c}/contacts`, contact), 400, 'DATE_BEFORE_BIRTH');
  });
});
