import { birthday } from '../src/cases/case.age';
import { TestApp, countEvents, createTestApp } from './support/test-app';
import {
  bornToTurn,
  caseClient,
  dateDaysAgo,
  expectRefused,
  facilityBody,
  instantDaysAgo,
  registerFacility,
  registerFosterCarer,
  today,
} from './support/case-requests';

/** Rules a case enforces over time: art. 403 and protection measures, the age limit and prosieguo, asOf on both axes. */
describe('case rules over HTTP (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const opening = (h: { familyId: string; minorId: string; parentId: string }, minorId = h.minorId) => ({
    familyId: h.familyId,
    minorId,
    intake: { kind: 'spontaneous', requesterId: h.parentId, reason: 'help' },
  });
  const contact = (occurredAt?: string) => ({
    kind: 'call',
    participants: ['mother'],
    entries: [{ kind: 'fact', text: 'called' }],
    ...(occurredAt && { occurredAt }),
  });

  describe('art. 403 c.c. and protection measures', () => {
    it('an emergency placement: its acts reach the PM, the PM asks, the TM validates with its hearing; out of order is 409', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h)}`;
      const placedAt = instantDaysAgo(3 / 24);
      const placement = (
        await api
          .post(`${c}/emergency-placements`, {
            placedAt,
            placeKind: 'mother-child-community',
            reason: 'violence at home',
            placedWith: { facilityId: (await registerFacility(t, facilityBody('comunita-madre-bambino'))).id },
            withParent: h.parentId,
          })
          .expect(201)
      ).body.id;
      await expectRefused(
        t,
        () =>
          api.post(`${c}/emergency-placements/${placement}/validation`, {
            authority: 'tribunale-per-i-minorenni',
            decreeNumber: '88/2026',
            decreeDate: today(),
          }),
        409,
        'PLACEMENT_NOT_NOTIFIED',
      );
      await api.post(`${c}/emergency-placements/${placement}/notification`, { occurredAt: instantDaysAgo(2 / 24) }).expect(200);
      await expectRefused(t, () => api.post(`${c}/emergency-placements/${placement}/notification`, {}), 409, 'PLACEMENT_ALREADY_NOTIFIED');
      const validation = { authority: 'tribunale-per-i-minorenni', decreeNumber: '88/2026', decreeDate: today() };
      await expectRefused(
        t,
        () => api.post(`${c}/emergency-placements/${placement}/validation`, validation),
        409,
        'VALIDATION_NOT_REQUESTED',
      );
      await api.post(`${c}/emergency-placements/${placement}/validation-request`, { occurredAt: instantDaysAgo(1 / 24) }).expect(200);
      const hearingDate = instantDaysAgo(-10);
      await api
        .post(`${c}/emergency-placements/${placement}/validation`, {
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '88/2026',
          decreeDate: today(),
          curatoreSpeciale: 'avv. Carla Neri',
        })
        .expect(200);
      await api
        .post(`${c}/court-hearings`, {
          authority: 'tribunale-per-i-minorenni',
          hearingDate,
          placementId: placement,
          purpose: 'art. 403 hearing',
        })
        .expect(201);
      const read = (await api.get(c).expect(200)).body;
      expect(read.emergencyPlacements).toEqual([
        expect.objectContaining({
          placementId: placement,
          placedAt,
          status: 'validated',
          notifiedTo: 'procura-presso-il-tm',
          hearingDate,
          decision: expect.objectContaining({ outcome: 'validated', decreeNumber: '88/2026' }),
        }),
      ]);
      const events = (await api.get(`${c}/events`).expect(200)).body.items;
      expect(events.find((e: { type: string }) => e.type === 'EmergencyPlacementMade').occurredAt).toBe(placedAt);
    });

    it('on another case the PM revokes the placement, once', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h, { minorId: h.siblingId })}`;
      const placement = (
        await api
          .post(`${c}/emergency-placements`, {
            placedAt: instantDaysAgo(1),
            placeKind: 'community',
            reason: 'left alone at night',
            placedWith: { facilityId: (await registerFacility(t)).id },
          })
          .expect(201)
      ).body.id;
      await api.post(`${c}/emergency-placements/${placement}/notification`, { authority: 'procura-presso-il-tm' }).expect(200);
      const revocation = { authority: 'procura-presso-il-tm', decreeNumber: '12/2026', decreeDate: today(), reason: 'the parent is back' };
      await api.post(`${c}/emergency-placements/${placement}/revocation`, revocation).expect(200);
      await expectRefused(
        t,
        () => api.post(`${c}/emergency-placements/${placement}/revocation`, revocation),
        409,
        'PLACEMENT_ALREADY_DECIDED',
      );
      expect((await api.get(c).expect(200)).body.emergencyPlacements[0]).toMatchObject({
        status: 'revoked',
        decision: { outcome: 'revoked' },
      });
    });

    it('a consensual affido is proposed, ordered with the parents consent, and ended', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h)}`;
      const measure = (
        await api
          .post(`${c}/protection-measures`, {
            kind: 'foster-care',
            legalBasis: 'l184-art4-consensual-affido',
            placeKind: 'foster-family',
            reason: 'mother in hospital',
          })
          .expect(201)
      ).body.id;
      const order = {
        authority: 'giudice-tutelare',
        decreeNumber: '45/2026',
        decreeDate: today(),
        legalBasis: 'l184-art4-consensual-affido',
        startsOn: today(),
      };
      await expectRefused(
        t,
        () =>
          api.post(`${c}/protection-measures/${measure}/order`, {
            ...order,
            consents: [{ name: 'Paolo Esposito', role: 'other-adult', consentedAt: today() }],
          }),
        400,
        'PARENTAL_CONSENT_REQUIRED',
      );
      await api
        .post(`${c}/protection-measures/${measure}/order`, {
          ...order,
          consents: [{ name: 'Maria Esposito', role: 'parent', memberId: h.parentId, consentedAt: today() }],
          placedWith: { fosterCarerId: await registerFosterCarer(t) },
        })
        .expect(200);
      await expectRefused(
        t,
        () => api.post(`${c}/protection-measures/${measure}/end`, { endedOn: today(), reason: 'back home' }),
        400,
        'DECREE_REQUIRED',
      );
      const endingDecree = { authority: order.authority, decreeNumber: '9/2026', decreeDate: today() };
      await api
        .post(`${c}/protection-measures/${measure}/end`, { endedOn: today(), reason: 'back home', decree: endingDecree })
        .expect(200);
      await expectRefused(
        t,
        () => api.post(`${c}/protection-measures/${measure}/end`, { endedOn: today(), reason: 'again' }),
        409,
        'MEASURE_ALREADY_ENDED',
      );
      expect((await api.get(c).expect(200)).body.protectionMeasures[0]).toMatchObject({
        measureId: measure,
        status: 'ended',
        decree: { decreeNumber: '45/2026' },
      });
    });
  });

  describe('the age limit', () => {
    it('past 18 a command is refused until a prosieguo amministrativo is recorded; late records of earlier facts still go in', async () => {
      const birthDate = bornToTurn(18, -10);
      const h = await api.household(birthDate);
      const c = `/cases/${await api.open(h, { occurredAt: instantDaysAgo(60) })}`;
      const refused = await expectRefused(t, () => api.post(`${c}/contacts`, contact()), 409, 'MINOR_OVER_AGE_LIMIT');
      expect(refused.limit).toBe(dateDaysAgo(11));
      await api.post(`${c}/contacts`, contact(instantDaysAgo(30))).expect(201);
      const until = birthday(birthDate, 20);
      await api
        .post(`${c}/prosieguo`, {
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '301/2026',
          decreeDate: dateDaysAgo(2),
          until,
          youngPersonConsentedAt: dateDaysAgo(3),
        })
        .expect(200);
      await api.post(`${c}/contacts`, contact()).expect(201);
      const read = (await api.get(c).expect(200)).body;
      expect(read).toMatchObject({ minor: { ageLimit: until }, prosieguo: { until }, contacts: { count: 2 } });
      await expectRefused(
        t,
        () =>
          api.post(`${c}/prosieguo`, {
            authority: 'tribunale-per-i-minorenni',
            decreeNumber: '302/2026',
            decreeDate: today(),
            until: birthday(birthDate, 22),
            youngPersonConsentedAt: today(),
          }),
        409,
        'PROSIEGUO_BEYOND_21',
      );
    });

    it('at 18 without a prosieguo: commands and reopening are refused, closure is accepted', async () => {
      const h = await api.household(bornToTurn(18, -5));
      await expectRefused(t, () => api.post('/cases', opening(h)), 409, 'MINOR_OVER_AGE_LIMIT');
      const c = `/cases/${await api.open(h, { occurredAt: instantDaysAgo(40) })}`;
      await expectRefused(
        t,
        () => api.post(`${c}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }),
        409,
        'MINOR_OVER_AGE_LIMIT',
      );
      await api.post(`${c}/closure`, { reason: 'age-limit-reached' }).expect(200);
      await expectRefused(t, () => api.post(`${c}/reopening`, { reason: 'asked again' }), 409, 'MINOR_OVER_AGE_LIMIT');
    });
  });

  describe('as of an instant, on both time axes', () => {
    it('a late record shows on the occurred axis at a time between, not on the recorded axis', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h, { occurredAt: instantDaysAgo(10) })}`;
      await new Promise((resolve) => setTimeout(resolve, 30));
      const between = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 30));
      await api.post(`${c}/contacts`, contact(instantDaysAgo(5))).expect(201);
      const asOf = async (at: string, axis?: string) => api.get(`${c}?asOf=${encodeURIComponent(at)}${axis ? `&axis=${axis}` : ''}`);

      const occurred = await asOf(between, 'occurred');
      expect(occurred.status).toBe(200);
      expect(occurred.body).toMatchObject({ asOf: between, axis: 'occurred', contacts: { count: 1 }, revision: 1 });
      expect(occurred.headers.etag ?? '').not.toMatch(/^"\d+"$/); // a past view is no If-Match revision
      const recorded = await asOf(between);
      expect(recorded.body).toMatchObject({ asOf: between, axis: 'recorded', status: 'open', contacts: { count: 0 }, revision: 0 });

      expect((await asOf(instantDaysAgo(7), 'occurred')).body).toMatchObject({ status: 'open', contacts: { count: 0 } });
      const before = await countEvents(t);
      expect((await asOf(instantDaysAgo(7), 'recorded')).body).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND', axis: 'recorded' });
      expect((await asOf(instantDaysAgo(11), 'occurred')).body).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
      expect(await countEvents(t)).toBe(before);
      expect((await api.get(c).expect(200)).body).toMatchObject({ contacts: { count: 1 }, revision: 1 });
    });
  });
});
