import { ALL_PROJECTIONS } from '../src/projections/all-projections';
import { ProjectionRunner } from '../src/projections/projection-runner';
import {
  caseClient,
  dateDaysAgo,
  facilityBody,
  instantDaysAgo,
  registerFacility,
  registerFosterCarer,
  today,
} from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** Issue 4: after an end-to-end story, rebuilding every projection gives back every read-model table as it was. */
describe('rebuild equals live (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  const snapshot = async () => {
    const tables: Record<string, string[]> = {};
    for (const table of ALL_PROJECTIONS.flatMap((p) => p.tables)) {
      const { rows } = await t.database.pool.query(`SELECT t::text AS row FROM ${table.name} t ORDER BY 1`);
      tables[table.name] = rows.map((r) => r.row);
    }
    return tables;
  };

  it('rebuilds every read model, while the API serves, into exactly the tables it had', async () => {
    const api = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const admin = `Bearer ${await t.token('admin', 'ops')}`;
    let last = '';
    const track = async (call: ReturnType<typeof api.post>) => {
      const answer = await call;
      expect(answer.status).toBeLessThan(300);
      last = answer.body.position;
      return answer.body.id as string;
    };

    const h1 = await api.household();
    const c1 = `/cases/${await api.open(h1, { occurredAt: instantDaysAgo(30) })}`;
    await track(api.post(`${c1}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }));
    await api.get(c1).expect(200); // reads are logged: the access log has rows too
    await api.get(`/families/${h1.familyId}`).expect(200);
    await track(api.post(`${c1}/case-manager`, { workerId: 'alice' }));
    const assessment = await track(api.post(`${c1}/assessments`, { discipline: 'social' }));
    await track(api.post(`${c1}/assessments/${assessment}/entries`, { kind: 'statement', statedBy: 'mother', text: 'Sleeps badly.' }));
    await track(
      api.post(`${c1}/assessments/${assessment}/completion`, {
        riskLevel: 'high',
        riskFactors: ['violence'],
        protectiveFactors: [],
        needs: [{ domain: 'relationships', description: 'Violence at home.' }],
      }),
    );
    const [need] = (await api.get(c1).expect(200)).body.assessments[0].needs;
    const plan = await track(
      api.post(`${c1}/support-plans`, {
        goals: ['safety'],
        interventions: [{ kind: 'psychological-support' }],
        nextReviewOn: dateDaysAgo(-30),
        goalNeeds: [{ goalIndex: 0, needIds: [need.needId] }],
      }),
    );
    await track(api.post(`${c1}/approvals`, { act: 'support-plan', planId: plan }));
    await track(
      api.post(`${c1}/support-plans/${plan}/agreement`, {
        consents: [{ name: 'Maria Esposito', role: 'parent', memberId: h1.parentId, consentedAt: today() }],
      }),
    );
    const placement = await track(
      api.post(`${c1}/emergency-placements`, {
        placedAt: instantDaysAgo(2),
        placeKind: 'mother-child-community',
        reason: 'violence at home',
        placedWith: { facilityId: (await registerFacility(t, facilityBody('comunita-madre-bambino'))).id },
        withParent: h1.parentId,
      }),
    );
    await track(api.post(`${c1}/emergency-placements/${placement}/notification`, { occurredAt: instantDaysAgo(1.9) }));
    await track(api.post(`${c1}/emergency-placements/${placement}/validation-request`, { occurredAt: instantDaysAgo(1) }));
    await track(
      api.post(`${c1}/emergency-placements/${placement}/validation`, {
        authority: 'tribunale-per-i-minorenni',
        decreeNumber: '88/2026',
        decreeDate: today(),
      }),
    );
    await track(
      api.post(`${c1}/court-hearings`, {
        authority: 'tribunale-per-i-minorenni',
        hearingDate: instantDaysAgo(-10),
        placementId: placement,
      }),
    );
    await track(
      api.post(`${c1}/contacts`, {
        kind: 'call',
        participants: ['madre'],
        entries: [
          { kind: 'fact', text: 'Chiamata.' },
          { kind: 'evaluation', method: 'colloquio', text: 'Calma.' },
        ],
      }),
    );

    const h2 = await api.household();
    const c2 = `/cases/${await api.open(h2, { occurredAt: instantDaysAgo(20) })}`;
    const measure = await track(
      api.post(`${c2}/protection-measures`, {
        kind: 'foster-care',
        legalBasis: 'l184-art4-consensual-affido',
        placeKind: 'foster-family',
        reason: 'mother in hospital',
      }),
    );
    await track(
      api.post(`${c2}/protection-measures/${measure}/order`, {
        authority: 'giudice-tutelare',
        decreeNumber: '45/2026',
        decreeDate: today(),
        legalBasis: 'l184-art4-consensual-affido',
        startsOn: today(),
        consents: [{ name: 'Maria Esposito', role: 'parent', memberId: h2.parentId, consentedAt: today() }],
        placedWith: { fosterCarerId: await registerFosterCarer(t) },
      }),
    );
    // The affido in force goes with the case to the service that takes it over.
    await track(api.post(`${c2}/closure`, { reason: 'transferred', receivingService: 'Tutela Minori, Comune di Monza' }));
    await track(api.post(`${c2}/reopening`, { reason: 'came back' }));

    // The community network: a partner, its initiative held, a report screened.
    const partner = await track(
      api.post('/partners', {
        kind: 'oratory',
        name: 'Oratorio San Luigi',
        municipality: '015146',
        contact: { name: 'don Piero', role: 'parroco' },
      }),
    );
    const initiative = await track(
      api.post('/initiatives', {
        title: 'Genitori e figli',
        kind: 'parent-group',
        municipalities: ['015146'],
        partnerIds: [partner],
        scheduledAt: instantDaysAgo(3),
        place: 'Oratorio',
      }),
    );
    await track(
      api.post(`/initiatives/${initiative}/holding`, { participants: { parents: 12, minors: 9, teachers: 0, operators: 2, citizens: 0 } }),
    );
    const report = await track(
      api.post('/community/reports', {
        source: { kind: 'partner', partnerId: partner },
        reporter: { name: 'don Piero' },
        minor: { ageBand: '6-10' },
        concern: 'Comes alone every evening, hungry.',
        seriousHarm: false,
      }),
    );
    await track(api.post(`/community/reports/${report}/screening`, { outcome: 'advice', advice: 'Talk with the family.' }));

    // Every projection, not only those /cases reads, has passed the last command (the logged reads came before it).
    const caughtUp = async () => {
      const runner = t.app.get(ProjectionRunner);
      const names = ALL_PROJECTIONS.map((p) => p.name);
      for (let i = 0; i < 250; i++) {
        if (await runner.hasReached(last, names)) return 'consistent';
        await new Promise((r) => setTimeout(r, 20));
      }
      return `stale after ${last}`;
    };
    expect(await caughtUp()).toBe('consistent');
    const before = await snapshot();
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);

    for (const { name } of ALL_PROJECTIONS) {
      const { body, headers } = await t.http().post(`/admin/projections/${name}/rebuild`).set('Authorization', admin).expect(202);
      expect(headers.location).toBe(`/admin/projections/rebuilds/${body.id}`);
      let state = body.state;
      for (let i = 0; i < 300 && state !== 'done' && state !== 'failed'; i++) {
        await new Promise((r) => setTimeout(r, 50));
        state = (await t.http().get(`/admin/projections/rebuilds/${body.id}`).set('Authorization', admin).expect(200)).body.state;
      }
      expect({ name, state }).toEqual({ name, state: 'done' });
    }
    expect(await caughtUp()).toBe('consistent');
    expect(await snapshot()).toEqual(before);
  });

  it('answers an unknown projection name with the names it knows', async () => {
    const admin = `Bearer ${await t.token('admin', 'ops')}`;
    const { body } = await t.http().post('/admin/projections/timeline/rebuild').set('Authorization', admin).expect(404);
    expect(body.code).toBe('PROJECTION_NOT_FOUND');
    expect(body.knownProjections).toEqual(ALL_PROJECTIONS.map((p) => p.name));
    expect(body.detail).toContain('case_timeline');
  });
});
