// Restricted entries (clinical confidentiality) reach integrators as their digests, never their text.
import { hashedForm } from '../../cases/confidentiality/sealed-entries';
import { CaseEventData, CaseEventType } from '../../cases/case.events';
import { Publication, defined } from './integration-event';

type CasePublications = { [K in CaseEventType]: Publication<CaseEventData<K>> };
const pub = <D>(type: string, data: (d: D) => Record<string, unknown>, personal = false): Publication<D> => ({ type, personal, data });
type DecreeData = { authority: string; decreeNumber: string; decreeDate: string };
const decree = (d: DecreeData) => ({ authority: d.authority, decreeNumber: d.decreeNumber, decreeDate: d.decreeDate });
/** A facility is an institution and may be named; foster carers and the parent placed with the child are people: never published. */
const facilityOf = (d: Pick<CaseEventData<'EmergencyPlacementMade'>, 'placedWith'>) =>
  d.placedWith?.kind === 'facility' ? d.placedWith.facilityId : undefined;

/** Every case event, published without free text unless marked personal. Exhaustive: a new event must be added here. */
export const CASE_PUBLICATIONS: CasePublications = {
  CaseOpened: pub('case.opened.v1', (d) => {
    const intake = d.intake;
    return defined({
      caseId: d.caseId,
      familyId: d.familyId,
      minorId: d.minorId,
      intakeKind: intake.kind,
      referrerKind: intake.kind === 'semi-spontaneous' ? intake.referrer.kind : undefined,
      authority: intake.kind === 'judicial' ? intake.authority : undefined,
      proceedingNumber: intake.kind === 'judicial' ? intake.proceedingNumber : undefined,
      mandates: intake.kind === 'judicial' ? intake.mandates : undefined,
    });
  }),
  JudicialMandateReceived: pub('case.judicial-mandate-received.v1', (d) =>
    defined({
      caseId: d.caseId,
      authority: d.authority,
      proceedingNumber: d.proceedingNumber,
      decreeDate: d.decreeDate,
      mandates: d.mandates,
      reportDeadlines: d.reportDeadlines,
      reportEveryMonths: d.reportEveryMonths,
    }),
  ),
  JudicialMandateModified: pub('case.judicial-mandate-modified.v1', (d) =>
    defined({
      caseId: d.caseId,
      proceedingNumber: d.proceedingNumber,
      ...decree(d),
      mandates: d.mandates,
      reportDeadlines: d.reportDeadlines,
      reportEveryMonths: d.reportEveryMonths,
    }),
  ),
  JudicialMandateEnded: pub('case.judicial-mandate-ended.v1', (d) => ({
    caseId: d.caseId,
    proceedingNumber: d.proceedingNumber,
    ...decree(d),
    endedOn: d.endedOn,
  })),
  TeamMemberAssigned: pub('case.team-member-assigned.v1', (d) => ({ caseId: d.caseId, workerId: d.workerId, role: d.role })),
  TeamMemberReleased: pub('case.team-member-released.v1', (d) => ({ caseId: d.caseId, workerId: d.workerId })),
  CaseManagerChanged: pub('case.manager-changed.v1', (d) => ({ caseId: d.caseId, workerId: d.workerId })),
  AssessmentStarted: pub('assessment.started.v1', (d) => ({ caseId: d.caseId, assessmentId: d.assessmentId, discipline: d.discipline })),
  AssessmentEntryRecorded: pub(
    'assessment.entry-recorded.v1',
    (d) => ({ caseId: d.caseId, assessmentId: d.assessmentId, entry: hashedForm(d.entry) as typeof d.entry }),
    true,
  ),
  AssessmentCompleted: pub('assessment.completed.v1', (d) => ({
    caseId: d.caseId,
    assessmentId: d.assessmentId,
    riskLevel: d.riskLevel,
    riskFactorCount: d.riskFactors.length,
    protectiveFactorCount: d.protectiveFactors.length,
    needs: (d.needs ?? []).map(({ needId, domain }) => ({ needId, domain })),
  })),
  SupportPlanDrafted: pub('support-plan.drafted.v1', (d) =>
    defined({
      caseId: d.caseId,
      planId: d.planId,
      goalCount: d.goals.length,
      interventions: d.interventions.map((i) =>
        defined({ kind: i.kind, expectedStartOn: i.expectedStartOn, expectedEndOn: i.expectedEndOn }),
      ),
      nextReviewOn: d.nextReviewOn,
      goalNeeds: d.goalNeeds?.map(({ goalIndex, needIds }) => ({ goalIndex, needIds })),
    }),
  ),
  SupportPlanAgreed: pub('support-plan.agreed.v1', (d) => ({ caseId: d.caseId, planId: d.planId, consentCount: d.consents.length })),
  InterventionStarted: pub('intervention.started.v1', (d) =>
    defined({
      caseId: d.caseId,
      planId: d.planId,
      interventionId: d.interventionId,
      kind: d.kind,
      startedOn: d.startedOn,
      expectedEndOn: d.expectedEndOn,
    }),
  ),
  InterventionEnded: pub('intervention.ended.v1', (d) => ({
    caseId: d.caseId,
    planId: d.planId,
    interventionId: d.interventionId,
    endedOn: d.endedOn,
  })),
  SupportPlanReviewed: pub('support-plan.reviewed.v1', (d) =>
    defined({
      caseId: d.caseId,
      planId: d.planId,
      reviewedOn: d.reviewedOn,
      nextReviewOn: d.nextReviewOn,
      goalProgress: d.goalProgress?.map(({ goalIndex, progress }) => ({ goalIndex, progress })),
    }),
  ),
  SupportPlanClosed: pub('support-plan.closed.v1', (d) => ({ caseId: d.caseId, planId: d.planId })),
  ProtectionMeasureProposed: pub('protection-measure.proposed.v1', (d) =>
    defined({ caseId: d.caseId, measureId: d.measureId, kind: d.kind, legalBasis: d.legalBasis, placeKind: d.placeKind }),
  ),
  ProtectionMeasureOrdered: pub('protection-measure.ordered.v1', (d) =>
    defined({
      caseId: d.caseId,
      measureId: d.measureId,
      legalBasis: d.legalBasis,
      ...decree(d),
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      reportEveryMonths: d.reportEveryMonths,
      facilityId: facilityOf(d),
    }),
  ),
  ProtectionMeasureExtended: pub('protection-measure.extended.v1', (d) =>
    defined({
      caseId: d.caseId,
      measureId: d.measureId,
      ...decree(d),
      previousEndsOn: d.previousEndsOn,
      endsOn: d.endsOn,
      reportEveryMonths: d.reportEveryMonths,
    }),
  ),
  ProtectionMeasureModified: pub('protection-measure.modified.v1', (d) =>
    defined({ caseId: d.caseId, measureId: d.measureId, ...decree(d), endsOn: d.endsOn, reportEveryMonths: d.reportEveryMonths }),
  ),
  ProtectionMeasureEnded: pub('protection-measure.ended.v1', (d) =>
    defined({ caseId: d.caseId, measureId: d.measureId, endedOn: d.endedOn, ...(d.decree && decree(d.decree)) }),
  ),
  EmergencyPlacementMade: pub('emergency-placement.made.v1', (d) =>
    defined({ caseId: d.caseId, placementId: d.placementId, placedAt: d.placedAt, placeKind: d.placeKind, facilityId: facilityOf(d) }),
  ),
  EmergencyPlacementNotified: pub('emergency-placement.notified.v1', (d) => ({
    caseId: d.caseId,
    placementId: d.placementId,
    authority: d.authority,
    notifiedAt: d.notifiedAt,
  })),
  EmergencyPlacementOralNoticeGiven: pub('emergency-placement.oral-notice-given.v1', (d) => ({
    caseId: d.caseId,
    placementId: d.placementId,
    authority: d.authority,
    givenAt: d.givenAt,
  })),
  EmergencyPlacementValidationRequested: pub('emergency-placement.validation-requested.v1', (d) =>
    defined({ caseId: d.caseId, placementId: d.placementId, authority: d.authority, requestedAt: d.requestedAt, late: d.late }),
  ),
  EmergencyPlacementValidated: pub('emergency-placement.validated.v1', (d) =>
    defined({ caseId: d.caseId, placementId: d.placementId, ...decree(d), hearingDate: d.hearingDate }),
  ),
  EmergencyPlacementRevoked: pub('emergency-placement.revoked.v1', (d) => ({ caseId: d.caseId, placementId: d.placementId, ...decree(d) })),
  EmergencyPlacementValidationReviewed: pub('emergency-placement.validation-reviewed.v1', (d) =>
    defined({ caseId: d.caseId, placementId: d.placementId, ...decree(d), outcome: d.outcome, late: d.late }),
  ),
  MeasureLapsed: pub('measure.lapsed.v1', (d) => ({
    caseId: d.caseId,
    measureId: d.measureId,
    measureKind: d.measureKind,
    missedStep: d.missedStep,
    dueAt: d.dueAt,
    legalBasis: d.legalBasis,
  })),
  CourtHearingScheduled: pub('court-hearing.scheduled.v1', (d) =>
    defined({
      caseId: d.caseId,
      hearingId: d.hearingId,
      authority: d.authority,
      hearingDate: d.hearingDate,
      proceedingNumber: d.proceedingNumber,
      placementId: d.placementId,
    }),
  ),
  CourtReportSubmitted: pub('court-report.submitted.v1', (d) =>
    defined({
      caseId: d.caseId,
      reportId: d.reportId,
      authority: d.authority,
      proceedingNumber: d.proceedingNumber,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      coveredEvents: d.coveredEvents,
      headHash: d.headHash,
      sectionCount: d.sections.length,
    }),
  ),
  ContactRecorded: pub(
    'contact.recorded.v1',
    (d) => ({
      caseId: d.caseId,
      contactId: d.contactId,
      kind: d.kind,
      participants: d.participants,
      entries: hashedForm(d.entries) as typeof d.entries,
    }),
    true,
  ),
  ProsieguoAmministrativoGranted: pub('case.prosieguo-granted.v1', (d) => ({ caseId: d.caseId, until: d.until, ...decree(d) })),
  CaseClosed: pub('case.closed.v1', (d) => ({ caseId: d.caseId, reason: d.reason })),
  CaseReopened: pub('case.reopened.v1', (d) => ({ caseId: d.caseId })),
  AuditTrailExported: pub('case.audit-trail-exported.v1', (d) => ({
    caseId: d.caseId,
    exportId: d.exportId,
    document: d.document,
    format: d.format,
    digest: d.digest,
  })),
  // The reason is free text about the family: it stays on the case.
  CaseAccessGranted: pub('case.access-granted.v1', (d) => ({ caseId: d.caseId, workerId: d.workerId, expiresAt: d.expiresAt })),
  // The child's words and wishes stay in the case: integrators learn that a hearing took place, and when.
  ChildHeard: pub('child.heard.v1', (d) => ({ caseId: d.caseId, hearingId: d.hearingId, heardAt: d.heardAt })),
  // Supervision is the service's internal workflow: the act is published when it takes effect, not before.
  SubmittedForApproval: pub('approval.submitted.v1', (d) => ({ caseId: d.caseId, approvalId: d.approvalId, act: d.act })),
  SubmissionApproved: pub('approval.approved.v1', (d) => ({ caseId: d.caseId, approvalId: d.approvalId })),
  SubmissionReturned: pub('approval.returned.v1', (d) => ({ caseId: d.caseId, approvalId: d.approvalId })),
  TeamEvaluationRecorded: pub('team-evaluation.recorded.v1', (d) => ({
    caseId: d.caseId,
    evaluationId: d.evaluationId,
    disciplines: [...new Set(d.contributions.map((c) => c.discipline))],
    agreedCount: d.agreedBy.length,
    dissentCount: d.dissent?.length ?? 0,
  })),
  CaseAccessGrantRevoked: pub('case.access-grant-revoked.v1', (d) => ({ caseId: d.caseId, workerId: d.workerId })),
};
