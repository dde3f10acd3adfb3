import { assertFamilyPeople } from '../family-targets';
import { Dated } from '../../common/decider';
import { Carrying, CaseContext } from '../case.command';
import { interventionsStillActive, notFound, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertDateNotAfter, assertNewId, assertNotBefore, guard } from '../case.guards';
import { plainConsent, plainPlannedIntervention } from '../case.plain';
import { plainGoalNeeds, plainGoalReviews } from './needs.rules';
import { assertApproved } from '../supervision/supervision.decide';
import { CaseState, SupportPlanState } from '../case.state';

/** The support plan (Progetto Quadro): goals, the family's agreement, interventions, reviews. */

export type DraftSupportPlan = Carrying<'DraftSupportPlan', 'SupportPlanDrafted'>;
export type AgreeSupportPlan = Carrying<'AgreeSupportPlan', 'SupportPlanAgreed'>;
export type StartIntervention = Carrying<'StartIntervention', 'InterventionStarted'>;
export type EndIntervention = Carrying<'EndIntervention', 'InterventionEnded'>;
export type ReviewSupportPlan = Carrying<'ReviewSupportPlan', 'SupportPlanReviewed'>;
export type CloseSupportPlan = Carrying<'CloseSupportPlan', 'SupportPlanClosed'>;
export type PlanCommand = DraftSupportPlan | AgreeSupportPlan | StartIntervention | EndIntervention | ReviewSupportPlan | CloseSupportPlan;

const livePlan = (state: CaseState, planId: string): SupportPlanState => {
  const plan = state.supportPlans[planId];
  if (!plan) throw notFound('SUPPORT_PLAN_NOT_FOUND', 'support plan', planId);
  if (plan.status === 'closed') throw wrongState('SUPPORT_PLAN_CLOSED', 'support plan', planId, 'closed');
  return plan;
};

export const draftSupportPlan = (cmd: Dated<DraftSupportPlan>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.supportPlans, 'support plan', cmd.planId);
  const { caseId, planId, goals, nextReviewOn } = cmd;
  const parentGoals = (cmd.parentGoals ?? []).map(({ personId, goal }) => ({ personId, goal }));
  const interventions = cmd.interventions.map(plainPlannedIntervention);
  const targets = [...parentGoals.map((g) => g.personId), ...interventions.flatMap((i) => (i.targetPersonId ? [i.targetPersonId] : []))];
  assertFamilyPeople(targets, facts, true);
  const forParents = parentGoals.length > 0 ? { parentGoals } : {};
  const answering = cmd.goalNeeds?.length ? { goalNeeds: plainGoalNeeds(cmd.goalNeeds, goals, state) } : {};
  return [
    { type: 'SupportPlanDrafted', data: { caseId, planId, goals: [...goals], interventions, nextReviewOn, ...forParents, ...answering } },
  ];
};

export const agreeSupportPlan = (cmd: Dated<AgreeSupportPlan>, state: CaseState, context: CaseContext): CaseEvent[] => {
  guard(cmd, state, context.now);
  const plan = livePlan(state, cmd.planId);
  if (plan.status === 'agreed') throw wrongState('SUPPORT_PLAN_ALREADY_AGREED', 'support plan', plan.planId, 'already agreed');
  assertApproved('support-plan', plan.planId, state, context);
  cmd.consents.forEach((c) => assertDateNotAfter('consentedAt', c.consentedAt, cmd.occurredAt));
  return [{ type: 'SupportPlanAgreed', data: { caseId: cmd.caseId, planId: cmd.planId, consents: cmd.consents.map(plainConsent) } }];
};

export const startIntervention = (cmd: Dated<StartIntervention>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const plan = livePlan(state, cmd.planId);
  assertNewId(plan.interventions, 'intervention', cmd.interventionId);
  assertDateNotAfter('startedOn', cmd.startedOn, cmd.occurredAt);
  assertNotBefore('expectedEndOn', cmd.expectedEndOn, cmd.startedOn);
  if (cmd.targetPersonId) assertFamilyPeople([cmd.targetPersonId], facts, true);
  const { caseId, planId, interventionId, kind, provider, startedOn, expectedEndOn, targetPersonId } = cmd;
  const target = targetPersonId ? { targetPersonId } : {};
  return [{ type: 'InterventionStarted', data: { caseId, planId, interventionId, kind, provider, startedOn, expectedEndOn, ...target } }];
};

export const endIntervention = (cmd: Dated<EndIntervention>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const plan = livePlan(state, cmd.planId);
  const intervention = plan.interventions[cmd.interventionId];
  if (!intervention) throw notFound('INTERVENTION_NOT_FOUND', 'intervention', cmd.interventionId);
  if (intervention.status === 'ended') {
    throw wrongState('INTERVENTION_ALREADY_ENDED', 'intervention', cmd.interventionId, 'already ended');
  }
  assertDateNotAfter('endedOn', cmd.endedOn, cmd.occurredAt);
  assertNotBefore('endedOn', cmd.endedOn, intervention.startedOn);
  const { caseId, planId, interventionId, endedOn, outcome } = cmd;
  return [{ type: 'InterventionEnded', data: { caseId, planId, interventionId, endedOn, outcome } }];
};

export const reviewSupportPlan = (cmd: Dated<ReviewSupportPlan>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const plan = livePlan(state, cmd.planId);
  assertDateNotAfter('reviewedOn', cmd.reviewedOn, cmd.occurredAt);
  assertNotBefore('nextReviewOn', cmd.nextReviewOn, cmd.reviewedOn);
  const { caseId, planId, reviewedOn, outcome, nextReviewOn } = cmd;
  const progress = cmd.goalProgress?.length ? { goalProgress: plainGoalReviews(cmd.goalProgress, plan.goals) } : {};
  return [{ type: 'SupportPlanReviewed', data: { caseId, planId, reviewedOn, outcome, nextReviewOn, ...progress } }];
};

/** Interventions end explicitly first, so the record says when each one stopped. */
export const closeSupportPlan = (cmd: Dated<CloseSupportPlan>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const plan = livePlan(state, cmd.planId);
  const active = Object.values(plan.interventions).filter((i) => i.status === 'active');
  if (active.length > 0)
    throw interventionsStillActive(
      plan.planId,
      active.map((i) => i.interventionId),
    );
  return [{ type: 'SupportPlanClosed', data: { caseId: cmd.caseId, planId: cmd.planId, reason: cmd.reason } }];
};
