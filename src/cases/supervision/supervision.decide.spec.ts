import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseFacts } from '../case.command';
import { CaseEvent } from '../case.events';
import { CASE_ID, MOTHER_ID, NOW, caseOpened, id, on } from '../testing/case.fixtures';

/** Where the service requires it, the coordinator approves an act before it takes effect. */
const supervised: CaseFacts = { supervisedActs: ['support-plan', 'closure', 'court-report'] };
const asWorker = deciderSpec(caseDecider, { now: NOW, facts: supervised });
const asCoordinator = deciderSpec(caseDecider, { now: NOW, facts: supervised, actor: { id: 'carla', role: 'coordinator' } });
const unsupervised = deciderSpec(caseDecider, { now: NOW, facts: { supervisedActs: [] } });

const P = id(60);
const A = id(61);
const drafted: CaseEvent = {
  type: 'SupportPlanDrafted',
  data: { caseId: CASE_ID, planId: P, goals: ['school'], interventions: [] },
};
const consents = [{ name: 'Maria Esposito', role: 'parent' as const, memberId: MOTHER_ID, consentedAt: '2026-11-09' }];
const agree = { type: 'AgreeSupportPlan' as const, ...on(), planId: P, consents };
const submit = { type: 'SubmitForApproval' as const, ...on(), approvalId: A, act: 'support-plan' as const, subjectKey: P };
const submitted: CaseEvent = { type: 'SubmittedForApproval', data: { caseId: CASE_ID, approvalId: A, act: 'support-plan', subjectKey: P } };
const approved: CaseEvent = { type: 'SubmissionApproved', data: { caseId: CASE_ID, approvalId: A } };
const returned: CaseEvent = { type: 'SubmissionReturned', data: { caseId: CASE_ID, approvalId: A, reason: 'manca il parere' } };
const agreed: CaseEvent = { type: 'SupportPlanAgreed', data: { caseId: CASE_ID, planId: P, consents } };

describe('supervision', () => {
  it('a plan is agreed only once the coordinator approved it', () => {
    asWorker
      .given(caseOpened(), drafted)
      .when(agree)
      .thenThrows('APPROVAL_REQUIRED', 409, (e) => expect(e.extensions).toMatchObject({ act: 'support-plan', subjectKey: P }));
    asWorker.given(caseOpened(), drafted, submitted).when(agree).thenThrows('APPROVAL_REQUIRED', 409);
    asWorker.given(caseOpened(), drafted, submitted, returned).when(agree).thenThrows('APPROVAL_REQUIRED', 409);
    asWorker.given(caseOpened(), drafted, submitted, approved).when(agree).thenEvents([agreed]);
  });

  it('asks nothing where the service does not require it, nor of the coordinator', () => {
    unsupervised.given(caseOpened(), drafted).when(agree).thenEvents([agreed]);
    asCoordinator.given(caseOpened(), drafted).when(agree).thenEvents([agreed]);
  });

  it('a closure is approved for its reason', () => {
    const closureApproved: CaseEvent[] = [
      { type: 'SubmittedForApproval', data: { caseId: CASE_ID, approvalId: A, act: 'closure', subjectKey: 'goals-met' } },
      approved,
    ];
    const close = { type: 'CloseCase' as const, ...on(), reason: 'goals-met' as const };
    asWorker.given(caseOpened()).when(close).thenThrows('APPROVAL_REQUIRED', 409);
    asWorker
      .given(caseOpened(), ...closureApproved)
      .when({ ...close, reason: 'moved-away' })
      .thenThrows('APPROVAL_REQUIRED', 409);
    asWorker
      .given(caseOpened(), ...closureApproved)
      .when(close)
      .thenEvents([expect.objectContaining({ type: 'CaseClosed' })]);
  });

  it('submits a drafted plan once at a time; the coordinator decides a pending one once', () => {
    asWorker.given(caseOpened(), drafted).when(submit).thenEvents([submitted]);
    asWorker.given(caseOpened()).when(submit).thenThrows('SUPPORT_PLAN_NOT_FOUND', 404);
    asWorker
      .given(caseOpened(), drafted, submitted)
      .when({ ...submit, approvalId: id(62) })
      .thenThrows('ALREADY_SUBMITTED', 409);
    asWorker
      .given(caseOpened(), drafted, submitted, approved, agreed)
      .when({ ...submit, approvalId: id(62) })
      .thenThrows('SUPPORT_PLAN_NOT_DRAFT', 409);
    asCoordinator
      .given(caseOpened(), drafted, submitted, returned)
      .when({ type: 'ApproveSubmission', ...on(), approvalId: A })
      .thenThrows('APPROVAL_ALREADY_DECIDED', 409);
    asCoordinator
      .given(caseOpened(), drafted, submitted)
      .when({ type: 'ReturnSubmission', ...on(), approvalId: A, reason: 'manca il parere' })
      .thenEvents([returned]);
  });

  it('a court report is approved for the head hash it will pin', () => {
    const hash = 'a'.repeat(64);
    const reportSubmit = { ...submit, act: 'court-report' as const, subjectKey: hash, toRevision: 0 };
    asWorker
      .given(caseOpened())
      .when(reportSubmit, { ...supervised, hashAtToRevision: 'b'.repeat(64) })
      .thenThrows('REPORT_HEAD_HASH_MISMATCH', 409);
    asWorker
      .given(caseOpened())
      .when(reportSubmit, { ...supervised, hashAtToRevision: hash })
      .thenEvents([{ type: 'SubmittedForApproval', data: { caseId: CASE_ID, approvalId: A, act: 'court-report', subjectKey: hash } }]);
  });
});
