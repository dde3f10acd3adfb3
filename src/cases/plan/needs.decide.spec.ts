import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, caseOpened, id, on } from '../testing/case.fixtures';

/** Needs found by an assessment, the goals that answer them, and a review's progress per goal. */
const { given } = deciderSpec(caseDecider, { now: NOW });

const A = id(50);
const P = id(51);
const SCHOOL = id(52);
const PARENTING = id(53);
const started: CaseEvent = { type: 'AssessmentStarted', data: { caseId: CASE_ID, assessmentId: A, discipline: 'social' } };
const needs = [
  { needId: SCHOOL, domain: 'education' as const, description: 'school refusal' },
  { needId: PARENTING, domain: 'parenting' as const, description: 'isolated mother' },
];
const complete = {
  type: 'CompleteAssessment' as const,
  ...on(),
  assessmentId: A,
  riskLevel: 'medium' as const,
  riskFactors: [],
  protectiveFactors: [],
};
const completed: CaseEvent = {
  type: 'AssessmentCompleted',
  data: { caseId: CASE_ID, assessmentId: A, riskLevel: 'medium', riskFactors: [], protectiveFactors: [], summary: undefined, needs },
};
const draft = {
  type: 'DraftSupportPlan' as const,
  ...on(),
  planId: P,
  goals: ['back to school', 'a parents group'],
  interventions: [],
  goalNeeds: [{ goalIndex: 0, needIds: [SCHOOL, SCHOOL] }],
};
const drafted: CaseEvent = {
  type: 'SupportPlanDrafted',
  data: {
    caseId: CASE_ID,
    planId: P,
    goals: ['back to school', 'a parents group'],
    interventions: [],
    nextReviewOn: undefined,
    goalNeeds: [{ goalIndex: 0, needIds: [SCHOOL] }],
  },
};
const review = { type: 'ReviewSupportPlan' as const, ...on(), planId: P, reviewedOn: '2026-11-10', outcome: 'better' };

describe('needs, goals and outcomes', () => {
  it('an assessment records the needs it found, by domain, each id once', () => {
    given(caseOpened(), started)
      .when({ ...complete, needs })
      .thenEvents([completed]);
    given(caseOpened(), started)
      .when({ ...complete, needs: [needs[0], { ...needs[1], needId: SCHOOL }] })
      .thenThrows('ID_ALREADY_USED', 409);
  });

  it("a plan goal cites needs the case's assessments found", () => {
    given(caseOpened(), started, completed).when(draft).thenEvents([drafted]);
    given(caseOpened(), started)
      .when(draft)
      .thenThrows('NEED_NOT_FOUND', 404, (e) => expect(e.extensions).toMatchObject({ needIds: [SCHOOL, SCHOOL] }));
    given(caseOpened(), started, completed)
      .when({ ...draft, goalNeeds: [{ goalIndex: 2, needIds: [PARENTING] }] })
      .thenThrows('GOAL_NOT_FOUND', 400);
  });

  it("a review records progress on the plan's goals only", () => {
    const progress = [{ goalIndex: 0, progress: 'achieved' as const, note: 'attends daily' }];
    given(caseOpened(), started, completed, drafted)
      .when({ ...review, goalProgress: progress })
      .thenEvents([
        {
          type: 'SupportPlanReviewed',
          data: {
            caseId: CASE_ID,
            planId: P,
            reviewedOn: '2026-11-10',
            outcome: 'better',
            nextReviewOn: undefined,
            goalProgress: progress,
          },
        },
      ]);
    given(caseOpened(), started, completed, drafted)
      .when({ ...review, goalProgress: [{ goalIndex: 5, progress: 'achieved' }] })
      .thenThrows('GOAL_NOT_FOUND', 400);
  });
});
