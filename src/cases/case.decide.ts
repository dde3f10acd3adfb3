/** Every decide function of a case: (command, state, now[, context]) => events, or a DomainError. */
export { openCase, closeCase, reopenCase, grantProsieguo } from './case.decide-lifecycle';
export { assignTeamMember, releaseTeamMember, changeCaseManager } from './case.decide-team';
export { startAssessment, recordAssessmentEntry, completeAssessment, recordContact } from './case.decide-assessment';
export {
  draftSupportPlan,
  agreeSupportPlan,
  startIntervention,
  endIntervention,
  reviewSupportPlan,
  closeSupportPlan,
} from './case.decide-plan';
export { proposeProtectionMeasure, orderProtectionMeasure, endProtectionMeasure } from './case.decide-protection';
export {
  makeEmergencyPlacement,
  notifyEmergencyPlacement,
  validateEmergencyPlacement,
  revokeEmergencyPlacement,
  PM_AT_THE_TM,
} from './case.decide-placement';
export { receiveJudicialMandate, scheduleCourtHearing, submitCourtReport } from './case.decide-court';
export { assertCaseActive } from './case.guards';
