import { ChildHearingCommand, hearChild } from './child-hearing/child-hearing.decide';
import { seesOnlyOwnCases } from '../auth/roles';
import { Decider, defineStreamKind, unhandled } from '../common/decider';
import { RequestContext } from '../common/request-context';
import { RecordAuditTrailExport, recordAuditTrailExport } from '../court/audit-trail/audit-trail.decide';
import { AccessGrantCommand, grantCaseAccess, revokeCaseAccess } from './access-grants/access-grants.decide';
import { hasValidGrant } from './access-grants/access-grants.evolve';
import {
  AssessmentCommand,
  completeAssessment,
  recordAssessmentEntry,
  recordContact,
  startAssessment,
} from './assessment/assessment.decide';
import { CaseContext, CaseFacts } from './case.command';
import { NotOnCaseTeamError } from './case.errors';
import { CaseEvent } from './case.events';
import { CaseState, evolve, initialCaseState } from './case.state';
import {
  CourtCommand,
  endJudicialMandate,
  modifyJudicialMandate,
  receiveJudicialMandate,
  scheduleCourtHearing,
  submitCourtReport,
} from './court/court.decide';
import { LifecycleCommand, closeCase, grantProsieguo, openCase, reopenCase } from './lifecycle/lifecycle.decide';
import {
  PlacementCommand,
  giveOralNotice,
  makeEmergencyPlacement,
  notifyEmergencyPlacement,
  recordPlacementLapse,
  requestPlacementValidation,
  reviewPlacementValidation,
  revokeEmergencyPlacement,
  validateEmergencyPlacement,
} from './placement/placement.decide';
import {
  PlanCommand,
  agreeSupportPlan,
  closeSupportPlan,
  draftSupportPlan,
  endIntervention,
  reviewSupportPlan,
  startIntervention,
} from './plan/plan.decide';
import {
  ProtectionCommand,
  endProtectionMeasure,
  extendProtectionMeasure,
  modifyProtectionMeasure,
  orderProtectionMeasure,
  proposeProtectionMeasure,
} from './protection/protection.decide';
import { TeamCommand, assignTeamMember, changeCaseManager, releaseTeamMember } from './team/team.decide';
import { TeamEvaluationCommand, recordTeamEvaluation } from './team-evaluation/team-evaluation.decide';
import { SupervisionCommand, approveSubmission, returnSubmission, submitForApproval } from './supervision/supervision.decide';

/** Every command of a case, area by area; the court export is recorded on the case too. */
export type CaseCommand =
  | LifecycleCommand
  | TeamCommand
  | AccessGrantCommand
  | AssessmentCommand
  | PlanCommand
  | ProtectionCommand
  | PlacementCommand
  | CourtCommand
  | ChildHearingCommand
  | TeamEvaluationCommand
  | SupervisionCommand
  | RecordAuditTrailExport;

const decide: Decider<CaseCommand, CaseState, CaseEvent, CaseFacts>['decide'] = (command, state, context) => {
  // A sender that looked nothing up sends no facts.
  const withFacts: CaseContext = { ...context, facts: context.facts ?? {} };
  switch (command.type) {
    case 'OpenCase':
      return openCase(command, state, withFacts);
    case 'CloseCase':
      return closeCase(command, state, withFacts);
    case 'ReopenCase':
      return reopenCase(command, state, withFacts);
    case 'GrantProsieguo':
      return grantProsieguo(command, state, withFacts);
    case 'AssignTeamMember':
      return assignTeamMember(command, state, withFacts);
    case 'ReleaseTeamMember':
      return releaseTeamMember(command, state, withFacts);
    case 'ChangeCaseManager':
      return changeCaseManager(command, state, withFacts);
    case 'HearChild':
      return hearChild(command, state, withFacts);
    case 'RecordTeamEvaluation':
      return recordTeamEvaluation(command, state, withFacts);
    case 'SubmitForApproval':
      return submitForApproval(command, state, withFacts);
    case 'ApproveSubmission':
      return approveSubmission(command, state, withFacts);
    case 'ReturnSubmission':
      return returnSubmission(command, state, withFacts);
    case 'GrantCaseAccess':
      return grantCaseAccess(command, state, withFacts);
    case 'RevokeCaseAccess':
      return revokeCaseAccess(command, state, withFacts);
    case 'StartAssessment':
      return startAssessment(command, state, withFacts);
    case 'RecordAssessmentEntry':
      return recordAssessmentEntry(command, state, withFacts);
    case 'CompleteAssessment':
      return completeAssessment(command, state, withFacts);
    case 'RecordContact':
      return recordContact(command, state, withFacts);
    case 'DraftSupportPlan':
      return draftSupportPlan(command, state, withFacts);
    case 'AgreeSupportPlan':
      return agreeSupportPlan(command, state, withFacts);
    case 'StartIntervention':
      return startIntervention(command, state, withFacts);
    case 'EndIntervention':
      return endIntervention(command, state, withFacts);
    case 'ReviewSupportPlan':
      return reviewSupportPlan(command, state, withFacts);
    case 'CloseSupportPlan':
      return closeSupportPlan(command, state, withFacts);
    case 'ProposeProtectionMeasure':
      return proposeProtectionMeasure(command, state, withFacts);
    case 'OrderProtectionMeasure':
      return orderProtectionMeasure(command, state, withFacts);
    case 'ExtendProtectionMeasure':
      return extendProtectionMeasure(command, state, withFacts);
    case 'ModifyProtectionMeasure':
      return modifyProtectionMeasure(command, state, withFacts);
    case 'EndProtectionMeasure':
      return endProtectionMeasure(command, state, withFacts);
    case 'MakeEmergencyPlacement':
      return makeEmergencyPlacement(command, state, withFacts);
    case 'GiveOralNotice':
      return giveOralNotice(command, state, withFacts);
    case 'NotifyEmergencyPlacement':
      return notifyEmergencyPlacement(command, state, withFacts);
    case 'RequestPlacementValidation':
      return requestPlacementValidation(command, state, withFacts);
    case 'ReviewPlacementValidation':
      return reviewPlacementValidation(command, state, withFacts);
    case 'RecordPlacementLapse':
      return recordPlacementLapse(command, state, withFacts);
    case 'ValidateEmergencyPlacement':
      return validateEmergencyPlacement(command, state, withFacts);
    case 'RevokeEmergencyPlacement':
      return revokeEmergencyPlacement(command, state, withFacts);
    case 'ReceiveJudicialMandate':
      return receiveJudicialMandate(command, state, withFacts);
    case 'ModifyJudicialMandate':
      return modifyJudicialMandate(command, state, withFacts);
    case 'EndJudicialMandate':
      return endJudicialMandate(command, state, withFacts);
    case 'ScheduleCourtHearing':
      return scheduleCourtHearing(command, state, withFacts);
    case 'SubmitCourtReport':
      return submitCourtReport(command, state, withFacts);
    case 'RecordAuditTrailExport':
      return recordAuditTrailExport(command, state);
    default:
      return unhandled(command);
  }
};

export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent, CaseFacts> = {
  // 2: the art. 403 steps apart, lapses; 3: access grants; 4: where placed children are (placedWith, withParent); 5: child hearings;
  // 6: later decrees (extensions, modifications, ends by decree; mandates modified and ended); 7: team evaluations;
  // 8: needs, the goals that answer them, progress per goal; 9: supervision (approvals)
  version: 9,
  initialState: initialCaseState,
  evolve,
  decide,
};

/** Who may reach a case: its opener, its current team and its manager; coordinators and court liaison any case. */
export const isOnCase = (state: CaseState, workerId: string): boolean =>
  state.openedBy === workerId || Object.hasOwn(state.team, workerId) || state.caseManagerId === workerId;

export const authorizeOnCase = (state: CaseState, actor: RequestContext['actor']): void => {
  if (seesOnlyOwnCases(actor) && !isOnCase(state, actor.id)) throw new NotOnCaseTeamError(state.caseId);
};

/**
 * Reading is wider than acting: a worker holding a running break-glass grant (CaseAccessGranted) may read the case
 * until the grant expires or is revoked, but commands still go through authorizeOnCase and stay with the team.
 */
export const authorizeReadOnCase = (state: CaseState, actor: RequestContext['actor'], now: Date): void => {
  if (seesOnlyOwnCases(actor) && !isOnCase(state, actor.id) && !hasValidGrant(state, actor.id, now)) {
    throw new NotOnCaseTeamError(state.caseId);
  }
};

export const caseKind = defineStreamKind({ name: 'case', decider: caseDecider, authorize: authorizeOnCase });
