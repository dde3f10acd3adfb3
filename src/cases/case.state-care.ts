import { CaseEvent } from './case.events';
import { patch } from './case.records';
import { Consent, Discipline, InterventionKind, PlannedIntervention, RiskLevel } from './case.values';

/** Assessments and support plans: the everyday work of the team. */
export interface AssessmentState {
  assessmentId: string;
  discipline: Discipline;
  status: 'open' | 'completed';
  entriesCount: number;
  riskLevel?: RiskLevel;
  riskFactors: string[];
  protectiveFactors: string[];
  summary?: string;
  startedAt?: string;
  completedAt?: string;
}

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

export interface SupportPlanState {
  planId: string;
  status: 'draft' | 'agreed' | 'closed';
  goals: string[];
  plannedInterventions: PlannedIntervention[];
  interventions: Record<string, InterventionState>;
  reviews: SupportPlanReview[];
  nextReviewOn?: string;
  agreement?: { consents: Consent[]; agreedAt?: string };
  closeReason?: string;
}

export interface CareState {
  assessments: Record<string, AssessmentState>;
  supportPlans: Record<string, SupportPlanState>;
}

export const initialCareState: CareState = { assessments: {}, supportPlans: {} };

export const evolveCare = <S extends CareState>(state: S, event: CaseEvent, times: { occurredAt?: string }): S => {
  const at = times.occurredAt;
  const assessment = (id: string, change: (a: AssessmentState) => AssessmentState): S => ({
    ...state,
    assessments: patch(state.assessments, id, change),
  });
  const plan = (id: string, change: (p: SupportPlanState) => SupportPlanState): S => ({
    ...state,
    supportPlans: patch(state.supportPlans, id, change),
  });
  switch (event.type) {
    case 'AssessmentStarted': {
      const { assessmentId, discipline } = event.data;
      const started: AssessmentState = {
        assessmentId,
        discipline,
        status: 'open',
        entriesCount: 0,
        riskFactors: [],
        protectiveFactors: [],
        startedAt: at,
      };
      return { ...state, assessments: { ...state.assessments, [assessmentId]: started } };
    }
    case 'AssessmentEntryRecorded':
      return assessment(event.data.assessmentId, (a) => ({ ...a, entriesCount: a.entriesCount + 1 }));
    case 'AssessmentCompleted': {
      const { riskLevel, riskFactors, protectiveFactors, summary } = event.data;
      return assessment(event.data.assessmentId, (a) => ({
        ...a,
        status: 'completed',
        riskLevel,
        riskFactors,
        protectiveFactors,
        summary,
        completedAt: at,
      }));
    }
    case 'SupportPlanDrafted': {
      const { planId, goals, interventions, nextReviewOn } = event.data;
      const drafted: SupportPlanState = {
        planId,
        status: 'draft',
        goals,
        plannedInterventions: interventions,
        interventions: {},
        reviews: [],
        nextReviewOn,
      };
      return { ...state, supportPlans: { ...state.supportPlans, [planId]: drafted } };
    }
    case 'SupportPlanAgreed':
      return plan(event.data.planId, (p) => ({ ...p, status: 'agreed', agreement: { consents: event.data.consents, agreedAt: at } }));
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
      const { reviewedOn, outcome, nextReviewOn } = event.data;
      return plan(event.data.planId, (p) => ({
        ...p,
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
