import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { SupervisedAct } from '../case.values';

export interface ApprovalState {
  approvalId: string;
  act: SupervisedAct;
  subjectKey: string;
  submittedBy: string;
  submittedAt: string;
  /** used: the act it approved took effect, so it approves nothing more. */
  status: 'pending' | 'approved' | 'returned' | 'used';
  decidedBy?: string;
  reason?: string;
}

/** Acts submitted to the coordinator, and what became of them. */
export interface SupervisionSlice {
  approvals: Record<string, ApprovalState>;
}

export const initialSupervision: SupervisionSlice = { approvals: {} };

/** The act that takes effect, and the subject key its approval must name. */
const actTakingEffect = (event: CaseEvent): [SupervisedAct, string] | undefined => {
  if (event.type === 'SupportPlanAgreed') return ['support-plan', event.data.planId];
  if (event.type === 'CaseClosed') return ['closure', event.data.reason];
  if (event.type === 'CourtReportSubmitted') return ['court-report', event.data.headHash];
  return undefined;
};

export const evolveSupervision = <S extends SupervisionSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  const decided = (id: string, change: Partial<ApprovalState>): S =>
    state.approvals[id] ? { ...state, approvals: { ...state.approvals, [id]: { ...state.approvals[id], ...change } } } : state;
  switch (event.type) {
    case 'SubmittedForApproval': {
      const { approvalId, act, subjectKey } = event.data;
      const submitted: ApprovalState = {
        approvalId,
        act,
        subjectKey,
        submittedBy: meta.actorId,
        submittedAt: meta.occurredAt,
        status: 'pending',
      };
      return { ...state, approvals: { ...state.approvals, [approvalId]: submitted } };
    }
    case 'SubmissionApproved':
      return decided(event.data.approvalId, { status: 'approved', decidedBy: meta.actorId });
    case 'SubmissionReturned':
      return decided(event.data.approvalId, { status: 'returned', decidedBy: meta.actorId, reason: event.data.reason });
    default: {
      const taking = actTakingEffect(event);
      const approval = taking && approvedFor(state, ...taking);
      return approval ? decided(approval.approvalId, { status: 'used' }) : state;
    }
  }
};

/** The approval, granted and not yet used, of this act on this subject. */
export const approvedFor = (state: SupervisionSlice, act: SupervisedAct, subjectKey: string): ApprovalState | undefined =>
  Object.values(state.approvals).find((a) => a.status === 'approved' && a.act === act && a.subjectKey === subjectKey);
