import { CaseEventData, CaseEventType } from './case.events';
import { Authority, FamilyRole, Intake } from './case.values';

/** Every command names its case and when its fact happened (ISO 8601; the handler defaults it to now). */
export interface CaseCommandBase {
  caseId: string;
  occurredAt: string;
}

/** Most commands carry exactly their event's data; sub-entity ids (UUIDs) are made by the caller, so decide stays pure. */
type Carrying<T extends CaseEventType> = CaseCommandBase & Omit<CaseEventData<T>, 'caseId'>;

export type OpenCase = CaseCommandBase & { familyId: string; minorId: string; intake: Intake };
export type CloseCase = Carrying<'CaseClosed'>;
export type ReopenCase = Carrying<'CaseReopened'>;
export type GrantProsieguo = Carrying<'ProsieguoAmministrativoGranted'>;
export type ReceiveJudicialMandate = Carrying<'JudicialMandateReceived'>;

export type AssignTeamMember = Carrying<'TeamMemberAssigned'>;
export type ReleaseTeamMember = Carrying<'TeamMemberReleased'>;
export type ChangeCaseManager = Carrying<'CaseManagerChanged'>;

export type StartAssessment = Carrying<'AssessmentStarted'>;
export type RecordAssessmentEntry = Carrying<'AssessmentEntryRecorded'>;
export type CompleteAssessment = Carrying<'AssessmentCompleted'>;
export type RecordContact = Carrying<'ContactRecorded'>;

export type DraftSupportPlan = Carrying<'SupportPlanDrafted'>;
export type AgreeSupportPlan = Carrying<'SupportPlanAgreed'>;
export type StartIntervention = Carrying<'InterventionStarted'>;
export type EndIntervention = Carrying<'InterventionEnded'>;
export type ReviewSupportPlan = Carrying<'SupportPlanReviewed'>;
export type CloseSupportPlan = Carrying<'SupportPlanClosed'>;

export type ProposeProtectionMeasure = Carrying<'ProtectionMeasureProposed'>;
export type OrderProtectionMeasure = Carrying<'ProtectionMeasureOrdered'>;
export type EndProtectionMeasure = Carrying<'ProtectionMeasureEnded'>;

export type MakeEmergencyPlacement = Carrying<'EmergencyPlacementMade'>;
/** The notice is the fact: notifiedAt is the command's occurredAt; the authority defaults to the PM at the TM. */
export type NotifyEmergencyPlacement = CaseCommandBase & { placementId: string; authority?: Authority };
export type ValidateEmergencyPlacement = Carrying<'EmergencyPlacementValidated'>;
export type RevokeEmergencyPlacement = Carrying<'EmergencyPlacementRevoked'>;

export type ScheduleCourtHearing = Carrying<'CourtHearingScheduled'>;
export type SubmitCourtReport = Carrying<'CourtReportSubmitted'>;

/** Family facts the handler loads from the family stream before opening a case. */
export interface FamilyFacts {
  familyId: string;
  members: Array<{ id: string; role: FamilyRole; birthDate: string }>;
}

export interface OpenCaseContext {
  family: FamilyFacts;
  /** The minor's currently open case, if any (from the cases read model). */
  openCaseIdForMinor?: string;
}

export interface ReopenCaseContext {
  openCaseIdForMinor?: string;
}

/** The stream's own hash at coveredEvents.toRevision (undefined when the stream has no such revision). */
export interface SubmitCourtReportContext {
  hashAtToRevision?: string;
}
