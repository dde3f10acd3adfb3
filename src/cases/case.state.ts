import { EventMeta } from '../common/decider';
import { AccessGrantSlice, evolveAccessGrants, initialAccessGrants } from './access-grants/access-grants.evolve';
import { AssessmentSlice, evolveAssessment, initialAssessment } from './assessment/assessment.evolve';
import { CaseEvent } from './case.events';
import { ChildHearingSlice, evolveChildHearings, initialChildHearings } from './child-hearing/child-hearing.evolve';
import { CourtSlice, evolveCourt, initialCourt } from './court/court.evolve';
import { LifecycleSlice, evolveLifecycle, initialLifecycle } from './lifecycle/lifecycle.evolve';
import { PlacementSlice, evolvePlacement, initialPlacement } from './placement/placement.evolve';
import { PlanSlice, evolvePlan, initialPlan } from './plan/plan.evolve';
import { ProtectionSlice, evolveProtection, initialProtection } from './protection/protection.evolve';
import { TeamSlice, evolveTeam, initialTeam } from './team/team.evolve';
import { TeamEvaluationSlice, evolveTeamEvaluations, initialTeamEvaluations } from './team-evaluation/team-evaluation.evolve';
import { SupervisionSlice, evolveSupervision, initialSupervision } from './supervision/supervision.evolve';

export type { AssessmentState } from './assessment/assessment.evolve';
export type { HearingState, ReportState } from './court/court.evolve';
export type { CaseMilestone, Prosieguo } from './lifecycle/lifecycle.evolve';
export type { PlacementState } from './placement/placement.evolve';
export type { InterventionState, SupportPlanReview, SupportPlanState } from './plan/plan.evolve';
export type { MeasureState } from './protection/protection.evolve';
export type { TeamMember } from './team/team.evolve';
export type { TeamEvaluationState } from './team-evaluation/team-evaluation.evolve';
export type { Decree } from './case.values';

/** One case, folded: each area folds its own slice (see <area>/<area>.evolve.ts). */
export interface CaseState
  extends
    LifecycleSlice,
    TeamSlice,
    AccessGrantSlice,
    AssessmentSlice,
    PlanSlice,
    ProtectionSlice,
    PlacementSlice,
    CourtSlice,
    ChildHearingSlice,
    TeamEvaluationSlice,
    SupervisionSlice {}

export const initialCaseState: CaseState = {
  ...initialLifecycle,
  ...initialTeam,
  ...initialAccessGrants,
  ...initialAssessment,
  ...initialPlan,
  ...initialProtection,
  ...initialPlacement,
  ...initialCourt,
  ...initialChildHearings,
  ...initialTeamEvaluations,
  ...initialSupervision,
};

const AREAS: Array<(state: CaseState, event: CaseEvent, meta: EventMeta) => CaseState> = [
  evolveLifecycle,
  evolveTeam,
  evolveAccessGrants,
  evolveAssessment,
  evolvePlan,
  evolveProtection,
  evolvePlacement,
  evolveCourt,
  evolveChildHearings,
  evolveTeamEvaluations,
  evolveSupervision,
];

/** Every area sees every event and changes only its own slice; event types of no area (CaseAccessed...) change nothing. */
export const evolve = (state: CaseState, event: CaseEvent, meta: EventMeta): CaseState =>
  AREAS.reduce((folded, evolveArea) => evolveArea(folded, event, meta), state);
