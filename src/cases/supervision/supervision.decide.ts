import { Dated } from '../../common/decider';
import { DomainError } from '../../common/domain-error';
import { Carrying, CaseContext, CaseFacts } from '../case.command';
import { notFound, reportHeadHashMismatch, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertNewId, guard } from '../case.guards';
import { CaseState } from '../case.state';
import { SupervisedAct } from '../case.values';
import { approvedFor } from './supervision.evolve';

/** A court report's approval names the revision its head hash is at, which the sender looked up. */
export type SubmitForApproval = Carrying<'SubmitForApproval', 'SubmittedForApproval'> & { toRevision?: number };
export type ApproveSubmission = Carrying<'ApproveSubmission', 'SubmissionApproved'>;
export type ReturnSubmission = Carrying<'ReturnSubmission', 'SubmissionReturned'>;
export type SupervisionCommand = SubmitForApproval | ApproveSubmission | ReturnSubmission;

/**
 * Supervision: where the service requires it, a plan is agreed with the family, a case closed and a report sent to the
 * judge only once the coordinator approved that very act: the plan, the closure's reason, the report's head hash.
 */
export const assertApproved = (act: SupervisedAct, subjectKey: string, state: CaseState, { facts, actor }: CaseContext): void => {
  // The coordinator is the one who approves: their own act needs no approval.
  if (!facts.supervisedActs?.includes(act) || actor.role === 'coordinator' || approvedFor(state, act, subjectKey)) return;
  throw new DomainError('APPROVAL_REQUIRED', `this service has the coordinator approve the ${act} first: POST …/approvals`, 409, {
    act,
    subjectKey,
  });
};

/** What an act's subject must be for it to be submitted: the plan drafted, the report's hash the stream's own. */
const assertSubjectFits = (cmd: SubmitForApproval, state: CaseState, facts: CaseFacts): void => {
  if (cmd.act === 'support-plan') {
    const plan = state.supportPlans[cmd.subjectKey];
    if (!plan) throw notFound('SUPPORT_PLAN_NOT_FOUND', 'support plan', cmd.subjectKey);
    if (plan.status !== 'draft') throw wrongState('SUPPORT_PLAN_NOT_DRAFT', 'support plan', plan.planId, plan.status);
  }
  if (cmd.act === 'court-report' && facts.hashAtToRevision !== cmd.subjectKey) throw reportHeadHashMismatch(cmd.toRevision ?? -1);
};

export const submitForApproval = (cmd: Dated<SubmitForApproval>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.approvals, 'approval', cmd.approvalId);
  assertSubjectFits(cmd, state, facts);
  const pending = Object.values(state.approvals).find(
    (a) => (a.status === 'pending' || a.status === 'approved') && a.act === cmd.act && a.subjectKey === cmd.subjectKey,
  );
  if (pending) throw wrongState('ALREADY_SUBMITTED', 'approval', pending.approvalId, pending.status);
  const { caseId, approvalId, act, subjectKey, note } = cmd;
  return [{ type: 'SubmittedForApproval', data: { caseId, approvalId, act, subjectKey, ...(note ? { note } : {}) } }];
};

const pendingApproval = (state: CaseState, approvalId: string) => {
  const approval = state.approvals[approvalId];
  if (!approval) throw notFound('APPROVAL_NOT_FOUND', 'approval', approvalId);
  if (approval.status !== 'pending') throw wrongState('APPROVAL_ALREADY_DECIDED', 'approval', approvalId, approval.status);
  return approval;
};

export const approveSubmission = (cmd: Dated<ApproveSubmission>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  pendingApproval(state, cmd.approvalId);
  return [
    { type: 'SubmissionApproved', data: { caseId: cmd.caseId, approvalId: cmd.approvalId, ...(cmd.note ? { note: cmd.note } : {}) } },
  ];
};

export const returnSubmission = (cmd: Dated<ReturnSubmission>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  pendingApproval(state, cmd.approvalId);
  return [{ type: 'SubmissionReturned', data: { caseId: cmd.caseId, approvalId: cmd.approvalId, reason: cmd.reason } }];
};
