import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { patch } from '../case.records';
import { Consent, GoalNeeds, GoalProgress, InterventionKind, PlannedIntervention } from '../case.values';

export interface InterventionState {
  interventionId: string;
  kind: InterventionKind;
  provider: string;
  startedOn: string;
  expectedEndOn?: string;
  status: 'active' | 'ended';
  endedOn?: string;
  outcome?: string;
}

export interface SupportPlanReview {
  reviewedOn: string;
  outcome: string;
  nextReviewOn?: string;
}

/** A plan goal, the needs it answers, and how the latest review found it. */
export interface GoalState {
  goal: string;
  needIds: string[];
  progress?: GoalProgress;
  reviewedOn?: string;
}

export interface SupportPlanState {
  planId: string;
  status: 'draft' | 'agreed' | 'closed';
  goals: string[];
  goalStates: GoalState[];
  plannedInterventions: PlannedIntervention[];
  interventions: Record<string, InterventionState>;
  reviews: SupportPlanReview[];
  nextReviewOn?: string;
  agreement?: { consents: Consent[]; agreedAt?: string };
  closeReason?: string;
}

export interface PlanSlice {
  supportPlans: Record<string, SupportPlanState>;
}

export const initialPlan: PlanSlice = { supportPlans: {} };

export const evolvePlan = <S extends PlanSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  const plan = (id: string, change: (p: SupportPlanState) => SupportPlanState): S => ({
    ...state,
    supportPlans: patch(state.supportPlans, id, change),
  });
  switch (event.type) {
    case 'SupportPlanDrafted': {
      const { planId, goals, interventions, nextReviewOn, goalNeeds = [] } = event.data;
      const drafted: SupportPlanState = {
        planId,
        status: 'draft',
        goals,
        goalStates: goals.map((goal, index) => ({ goal, needIds: needsOf(goalNeeds, index) })),
        plannedInterventions: interventions,
        interventions: {},
        reviews: [],
        nextReviewOn,
      };
      return { ...state, supportPlans: { ...state.supportPlans, [planId]: drafted } };
    }
    case 'SupportPlanAgreed': {
      const agreement = { consents: event.data.consents, agreedAt: meta.occurredAt };
      return plan(event.data.planId, (p) => ({ ...p, status: 'agreed', agreement }));
    }
    case 'InterventionStarted': {
      const { planId: _planId, caseId: _caseId, ...started } = event.data;
      const intervention: InterventionState = { ...started, status: 'active' };
      return plan(event.data.planId, (p) => ({
        ...p,
        interventions: { ...p.interventions, [started.interventionId]: intervention },
      }));
    }
    case 'InterventionEnded': {
      const { interventionId, endedOn, outcome } = event.data;
      return plan(event.data.planId, (p) => ({
        ...p,
        interventions: patch(p.interventions, interventionId, (i) => ({ ...i, status: 'ended', endedOn, outcome })),
      }));
    }
    case 'SupportPlanReviewed': {
      const { reviewedOn, outcome, nextReviewOn, goalProgress = [] } = event.data;
      return plan(event.data.planId, (p) => ({
        ...p,
        goalStates: (p.goalStates ?? []).map((g, index) => {
          const found = goalProgress.find((r) => r.goalIndex === index);
          return found ? { ...g, progress: found.progress, reviewedOn } : g;
        }),
        reviews: [...p.reviews, { reviewedOn, outcome, nextReviewOn }],
        nextReviewOn,
      }));
    }
    case 'SupportPlanClosed':
      return plan(event.data.planId, (p) => ({ ...p, status: 'closed', closeReason: event.data.reason, nextReviewOn: undefined }));
    default:
      return state;
  }
};

const needsOf = (goalNeeds: readonly GoalNeeds[], index: number): string[] =>
  goalNeeds.filter((g) => g.goalIndex === index).flatMap((g) => g.needIds);
