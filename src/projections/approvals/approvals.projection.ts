import { SupervisedAct } from '../../cases/case.values';
import { defineProjection } from '../define/define-projection';
import { TableRows } from '../define/pass-rows';
import { defineTable } from '../define/table';

export const APPROVALS = 'approvals';

type ApprovalRow = {
  approval_id: string;
  case_id: string;
  act: string;
  subject_key: string;
  submitted_by: string;
  submitted_at: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
};

export const approvalsTable = defineTable<ApprovalRow>({
  name: 'approvals',
  columns: {
    approval_id: 'uuid NOT NULL',
    case_id: 'uuid NOT NULL',
    act: 'text NOT NULL',
    subject_key: 'text NOT NULL',
    submitted_by: 'text NOT NULL',
    submitted_at: 'timestamptz NOT NULL',
    status: 'text NOT NULL',
    decided_by: 'text',
    decided_at: 'timestamptz',
    reason: 'text',
  },
  key: ['approval_id'],
  indexes: ['(status, submitted_at)', '(case_id)'],
});

/** The act took effect: the approval that allowed it is used. */
const used = (rows: { approvals: TableRows<ApprovalRow> }, caseId: string, act: SupervisedAct, subjectKey: string) => {
  const row = rows.approvals.where('case_id', caseId).find((r) => r.status === 'approved' && r.act === act && r.subject_key === subjectKey);
  if (row) rows.approvals.put({ ...row, status: 'used' });
};

/** The coordinator's inbox: acts submitted for approval, and what became of them. */
export const approvalsProjection = defineProjection({
  name: APPROVALS,
  version: 1,
  tables: { approvals: approvalsTable },
  on: {
    SubmittedForApproval: (d, facts, rows) =>
      rows.approvals.insertIfAbsent({
        approval_id: d.approvalId,
        case_id: d.caseId,
        act: d.act,
        subject_key: d.subjectKey,
        submitted_by: facts.actor.id,
        submitted_at: facts.occurredAt,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        reason: null,
      }),
    SubmissionApproved: (d, facts, rows) => {
      const row = rows.approvals.get({ approval_id: d.approvalId });
      if (row) rows.approvals.put({ ...row, status: 'approved', decided_by: facts.actor.id, decided_at: facts.occurredAt });
    },
    SubmissionReturned: (d, facts, rows) => {
      const row = rows.approvals.get({ approval_id: d.approvalId });
      if (row)
        rows.approvals.put({ ...row, status: 'returned', decided_by: facts.actor.id, decided_at: facts.occurredAt, reason: d.reason });
    },
    SupportPlanAgreed: (d, _facts, rows) => used(rows, d.caseId, 'support-plan', d.planId),
    CaseClosed: (d, _facts, rows) => used(rows, d.caseId, 'closure', d.reason),
    CourtReportSubmitted: (d, _facts, rows) => used(rows, d.caseId, 'court-report', d.headHash),
  },
});
