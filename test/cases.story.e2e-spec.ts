import { TestApp, createTestApp } from './support/test-app';
import { caseClient, dateDaysAgo, instantDaysAgo, today } from './support/case-requests';

/** A whole case through HTTP only, once per intake kind: opening to closure, then read back and paged. */
const intakes = {
  spontaneous: (h: { parentId: string }) => ({
    kind: 'spontaneous',
    requesterId: h.parentId,
    reason: 'The mother asks for help: school refusal.',
  }),
  'semi-spontaneous': () => ({
    kind: 'semi-spontaneous',
    referrer: { kind: 'school', organisation: 'IC Manzoni', contactPerson: 'prof.ssa Anna Bianchi' },
    reason: 'Frequent absences since October.',
  }),
  judicial: () => ({
    kind: 'judicial',
    authority: 'tribunale-per-i-minorenni',
    proceedingNumber: '123/2026 R.G.',
    decreeDate: dateDaysAgo(25),
    mandates: ['investigation-and-assessment', 'support-and-control'],
    reportDeadlines: [dateDaysAgo(-60)],
  }),
};

describe('a case from opening to closure over HTTP (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  it.each(Object.keys(intakes) as Array<keyof typeof intakes>)(
    '%s intake: team, assessment, contact, plan, court, closure',
    async (kind) => {
      const household = await api.household();
      const openedAt = instantDaysAgo(20);
      const opened = await api
        .post('/cases', {
          familyId: household.familyId,
          minorId: household.minorId,
          intake: intakes[kind](household),
          occurredAt: openedAt,
        })
        .expect(201);
      expect(opened.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(String) });
      expect(opened.headers.location).toBe(`/cases/${opened.body.id}`);
      expect(opened.headers.etag).toBe('"0"');
      const c = `/cases/${opened.body.id}`;
      const ok = (path: string, body: object = {}) => api.post(`${c}${path}`, body).expect(200);
      const created = async (path: string, body: object) => {
        const answer = await api.post(`${c}${path}`, body).expect(201);
        expect(answer.body).toEqual({ id: expect.any(String), revision: expect.any(Number), position: expect.any(String) });
        return answer.body.id as string;
      };

      await ok('/team-members', { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' });
      await ok('/team-members', { workerId: 'bob', name: 'Bruno Verdi', role: 'psychologist' });
      await ok('/team-members', { workerId: 'carla', name: 'Carla Neri', role: 'educator' });
      await ok('/case-manager', { workerId: 'alice' });
      await ok('/team-members/carla/release');

      const assessment = await created('/assessments', { discipline: 'psychological', occurredAt: instantDaysAgo(15) });
      await ok(`/assessments/${assessment}/entries`, { kind: 'fact', text: 'Absent 12 days in October.' });
      await ok(`/assessments/${assessment}/entries`, { kind: 'statement', statedBy: 'mother', text: 'He sleeps badly since the summer.' });
      await ok(`/assessments/${assessment}/entries`, {
        kind: 'evaluation',
        method: 'semi-structured interview',
        text: 'Anxious, warm bond with the mother.',
      });
      await ok(`/assessments/${assessment}/completion`, {
        riskLevel: 'medium',
        riskFactors: ['isolation of the mother'],
        protectiveFactors: ['grandmother nearby'],
      });

      await created('/contacts', {
        kind: 'home-visit',
        occurredAt: instantDaysAgo(10),
        participants: ['mother', 'Alice Rossi'],
        entries: [
          { kind: 'fact', text: 'The flat is cold.' },
          { kind: 'statement', statedBy: 'mother', text: 'The heating broke in November.' },
          { kind: 'evaluation', method: 'observation', text: 'Affectionate care.' },
        ],
      });

      const plan = await created('/support-plans', {
        goals: ['regular school attendance'],
        interventions: [{ kind: 'home-educational-support', provider: 'Coop. Il Melograno' }],
      });
      await ok(`/support-plans/${plan}/agreement`, {
        consents: [{ name: 'Maria Esposito', role: 'parent', memberId: household.parentId, consentedAt: today() }],
      });
      const intervention = await created(`/support-plans/${plan}/interventions`, {
        kind: 'home-educational-support',
        provider: 'Coop. Il Melograno',
        startedOn: today(),
      });
      await ok(`/support-plans/${plan}/interventions/${intervention}/end`, { endedOn: today(), outcome: 'attendance back to normal' });
      await ok(`/support-plans/${plan}/reviews`, { reviewedOn: today(), outcome: 'goals met', nextReviewOn: dateDaysAgo(-90) });
      await ok(`/support-plans/${plan}/closure`, { reason: 'goals met' });

      if (kind === 'judicial') {
        await ok('/judicial-mandates', {
          authority: 'tribunale-per-i-minorenni',
          proceedingNumber: '123/2026 R.G.',
          decreeDate: today(),
          mandates: ['monitoring'],
          reportDeadlines: [dateDaysAgo(-30)],
        });
      }
      const hearing = await created('/court-hearings', {
        authority: 'tribunale-per-i-minorenni',
        hearingDate: instantDaysAgo(-14),
        proceedingNumber: '123/2026 R.G.',
      });

      const covered = (await api.get(`${c}/events?limit=200`).expect(200)).body.items;
      const head = covered[covered.length - 1];
      const report = await created('/court-reports', {
        authority: 'tribunale-per-i-minorenni',
        periodFrom: dateDaysAgo(20),
        periodTo: today(),
        coveredEvents: { fromRevision: 0, toRevision: head.revision },
        headHash: head.hash,
        sections: [
          { kind: 'fact', text: 'Attendance regular since the intervention.' },
          { kind: 'statement', statedBy: 'teacher', text: 'He is calmer in class.' },
          { kind: 'evaluation', method: 'team review', text: 'Risk reduced.' },
        ],
      });
      const closed = await ok('/closure', { reason: 'goals-met', note: 'Plan completed.' });

      const read = await api.get(c).expect(200);
      expect(read.headers.etag).toBe(`"${closed.body.revision}"`);
      expect(read.body).toMatchObject({
        caseId: opened.body.id,
        status: 'closed',
        familyId: household.familyId,
        minor: { id: household.minorId },
        intake: { kind },
        team: [
          { workerId: 'alice', role: 'social-worker' },
          { workerId: 'bob', role: 'psychologist' },
        ],
        caseManager: { workerId: 'alice' },
        assessments: [{ assessmentId: assessment, status: 'completed', entriesCount: 3, riskLevel: 'medium' }],
        supportPlans: [
          {
            planId: plan,
            status: 'closed',
            interventions: [{ interventionId: intervention, status: 'ended' }],
            reviews: [{ outcome: 'goals met' }],
          },
        ],
        contacts: { count: 1 },
        hearings: [{ hearingId: hearing }],
        reports: [
          { reportId: report, coveredEvents: { fromRevision: 0, toRevision: head.revision }, headHash: head.hash, sectionsCount: 3 },
        ],
        history: [
          { kind: 'opened', intakeKind: kind, occurredAt: openedAt },
          { kind: 'closed', reason: 'goals-met' },
        ],
        revision: closed.body.revision,
      });
      expect(read.body.team).toHaveLength(2);
      expect(read.body.judicialMandates).toHaveLength(kind === 'judicial' ? 2 : 0);
      if (kind === 'judicial')
        expect(read.body.reportDeadlines.map((d: { due: string }) => d.due)).toEqual([dateDaysAgo(-60), dateDaysAgo(-30)].sort());

      // The events page by page: every event once, in order, chained by hash, with both time axes and the actor.
      const pages: Array<{
        revision: number;
        type: string;
        hash: string;
        prevHash: string;
        occurredAt: string;
        recordedAt: string;
        actor: unknown;
      }> = [];
      for (let cursor: string | null = '', guard = 0; cursor !== null && guard < 20; guard++) {
        const after = cursor ? `&cursor=${cursor}` : '';
        const page: { body: { items: typeof pages; next: string | null } } = await api.get(`${c}/events?limit=7${after}`).expect(200);
        expect(page.body.items.length).toBeLessThanOrEqual(7);
        pages.push(...page.body.items);
        cursor = page.body.next;
      }
      expect(pages.map((e) => e.revision)).toEqual([...Array(closed.body.revision + 1).keys()]);
      expect(pages[0]).toMatchObject({
        type: 'CaseOpened',
        occurredAt: openedAt,
        prevHash: '0'.repeat(64),
        actor: { id: 'alice', role: 'social-worker' },
      });
      pages.slice(1).forEach((event, i) => expect(event.prevHash).toBe(pages[i].hash));
      expect(pages[head.revision].hash).toBe(head.hash);
      expect(pages.map((e) => e.type)).toEqual(
        expect.arrayContaining(['AssessmentEntryRecorded', 'ContactRecorded', 'SupportPlanClosed', 'CourtReportSubmitted', 'CaseClosed']),
      );
      expect(pages[pages.length - 1].type).toBe('CaseClosed');
    },
  );
});
