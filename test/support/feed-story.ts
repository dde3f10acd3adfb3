import { EVENT_STORE, EventStore } from '../../src/event-store/event-store';
import { caseClient, dateDaysAgo, instantDaysAgo, today } from './case-requests';
import { TestApp } from './test-app';

/**
 * Waits until reads of all events reach a position: on a shared server another database's open transaction holds the
 * cluster-wide snapshot xmin back for a moment, and the store hides later commits until it ends (DESIGN §5).
 */
export const untilReadable = async (t: TestApp, position: string): Promise<void> => {
  const store = t.app.get<symbol, EventStore>(EVENT_STORE);
  for (let waited = 0; waited < 5000; waited += 10) {
    const head = await store.headPosition();
    if (head && store.comparePositions(head, position) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`position ${position} is still not readable`);
};

export interface FeedStory {
  caseIds: string[];
  /** The position of the last command: wait for read models with ?consistentWith=. */
  position: string;
}

/** Four cases of every intake kind, with closures, a reopening, a measure, a placement, an assessment and a contact. */
export const seedFeedStory = async (t: TestApp): Promise<FeedStory> => {
  const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  const open = async (intake: (parentId: string) => object, daysAgo: number) => {
    const household = await api.household();
    const { familyId, minorId, parentId } = household;
    const opened = await api
      .post('/cases', { familyId, minorId, intake: intake(parentId), occurredAt: instantDaysAgo(daysAgo) })
      .expect(201);
    return opened.body.id as string;
  };
  const spontaneous = (parentId: string) => ({ kind: 'spontaneous', requesterId: parentId, reason: 'Asks for help: school refusal.' });
  const byTheSchool = () => ({
    kind: 'semi-spontaneous',
    referrer: { kind: 'school', organisation: 'IC Manzoni', contactPerson: 'prof.ssa Anna Bianchi' },
    reason: 'Frequent absences since October.',
  });
  const byTheCourt = () => ({
    kind: 'judicial',
    authority: 'tribunale-per-i-minorenni',
    proceedingNumber: '123/2026 R.G.',
    decreeDate: dateDaysAgo(25),
    mandates: ['investigation-and-assessment'],
    reportDeadlines: [dateDaysAgo(-60)],
  });
  const caseIds = [await open(spontaneous, 20), await open(byTheSchool, 15), await open(byTheCourt, 10), await open(spontaneous, 6)];
  const onCase =
    (id: string) =>
    (path: string, body: object, status = 200) =>
      api.post(`/cases/${id}${path}`, body).expect(status);
  const [first, second, third, fourth] = caseIds.map(onCase);

  const assessment = (await first('/assessments', { discipline: 'social', occurredAt: instantDaysAgo(18) }, 201)).body.id;
  const needs = [
    { domain: 'education', description: 'School refusal since October.' },
    { domain: 'parenting', description: 'The mother is isolated.' },
  ];
  const completion = { riskLevel: 'high', riskFactors: ['isolation'], protectiveFactors: ['grandmother'], needs };
  await first(`/assessments/${assessment}/completion`, completion);
  const [education, parenting] = (await api.get(`/cases/${caseIds[0]}`).expect(200)).body.assessments[0].needs;
  const goalNeeds = [
    { goalIndex: 0, needIds: [education.needId] },
    { goalIndex: 1, needIds: [parenting.needId] },
  ];
  const plan = (await first('/support-plans', { goals: ['Back to school', 'A parents group'], interventions: [], goalNeeds }, 201)).body.id;
  const progress = [
    { goalIndex: 0, progress: 'achieved' },
    { goalIndex: 1, progress: 'in-progress' },
  ];
  await first(`/support-plans/${plan}/reviews`, { reviewedOn: today(), outcome: 'Attends again.', goalProgress: progress });
  await first('/contacts', { kind: 'home-visit', participants: ['mother'], entries: [{ kind: 'fact', text: 'The flat is cold.' }] }, 201);
  await first('/closure', { reason: 'goals-met', occurredAt: instantDaysAgo(8) });
  await first('/reopening', { reason: 'New report from the school.', occurredAt: instantDaysAgo(3) });

  // with relatives (affido intrafamiliare): no registered carer to name, so the feed holds case and family streams only
  const measure = (
    await second('/protection-measures', { kind: 'foster-care', placeKind: 'relatives', reason: 'Mother in hospital.' }, 201)
  ).body.id;
  await second(`/protection-measures/${measure}/order`, {
    authority: 'tribunale-per-i-minorenni',
    decreeNumber: '45/2026',
    decreeDate: dateDaysAgo(7),
    legalBasis: 'l184-art4-judicial-affido',
  });
  await third('/emergency-placements', { placedAt: instantDaysAgo(9), placeKind: 'relatives', reason: 'Violence at home.' }, 201);
  await third('/closure', { reason: 'transferred', occurredAt: instantDaysAgo(2) });
  const last = await fourth('/closure', { reason: 'moved-away' });
  await untilReadable(t, last.body.position);
  return { caseIds, position: last.body.position };
};
