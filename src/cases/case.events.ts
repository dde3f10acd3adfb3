import {
  Authority,
  ClosureReason,
  Consent,
  ContactKind,
  CoveredEvents,
  Discipline,
  GoalNeeds,
  GoalReview,
  Intake,
  InterventionKind,
  JudicialMandate,
  MandateKind,
  LegalBasis,
  MeasureKind,
  NarrativeEntry,
  Need,
  ParentGoal,
  PlaceKind,
  PlacedParent,
  PlacedWith,
  PlannedIntervention,
  RiskLevel,
  SupervisedAct,
  TeamRole,
  ValidationReviewOutcome,
  WishSubject,
} from './case.values';
import { Art403Step } from './placement/art403.rules';

export * from './case.values';
export type { Art403Step } from './placement/art403.rules';

type On<T extends object> = { caseId: string } & T;
/** A court export is itself a fact: who (the actor), which range and format, and what it pinned. */
export interface AuditTrailExport {
  exportId: string;
  document: 'audit-trail' | 'report-draft';
  format: 'json' | 'csv' | 'pdf';
  range: { axis: 'recorded' | 'occurred'; from: string | null; to: string | null };
  /** SHA-256 of the signed bundle's canonical form. */
  digest: string;
  heads: Array<{ stream: string; revision: number; hash: string }>;
  /** The signed checkpoint the bundle carries; report drafts have none. */
  checkpointId?: string;
}
type Decree = { authority: Authority; decreeNumber: string; decreeDate: string };
/** Months between reports to the judge, as the decree sets them. */
type ReportCadence = { reportEveryMonths?: number };
/** A measure's terms after a decree changed them, so readers need not fold the measure again. */
export type TermsInForce = { endsOn?: string; reportEveryMonths?: number };
/** A step recorded after its statutory term: kept, because it happened, and it revives nothing. */
type Late = { late?: true };
/** Where the child is placed; absent on events recorded before the carers registry (issue 15). */
type Placed = { placedWith?: PlacedWith; withParent?: PlacedParent };

/** One discipline's part of a team evaluation, by the worker who gave it, as a narrative entry. */
export type TeamContribution = { discipline: Discipline; workerId: string; entry: NarrativeEntry };

/** Every fact of a case (DOMAIN.md catalogue). Metadata (actor, occurredAt, ...) travels beside data. */
export type CaseEvent =
  | { type: 'CaseOpened'; data: On<{ familyId: string; minorId: string; minorBirthDate: string; intake: Intake }> }
  | { type: 'JudicialMandateReceived'; data: On<JudicialMandate> }
  | { type: 'TeamMemberAssigned'; data: On<{ workerId: string; name: string; role: TeamRole }> }
  | { type: 'TeamMemberReleased'; data: On<{ workerId: string }> }
  | { type: 'CaseManagerChanged'; data: On<{ workerId: string }> }
  | { type: 'AssessmentStarted'; data: On<{ assessmentId: string; discipline: Discipline }> }
  | { type: 'AssessmentEntryRecorded'; data: On<{ assessmentId: string; entry: NarrativeEntry }> }
  | {
      type: 'AssessmentCompleted';
      data: On<{
        assessmentId: string;
        riskLevel: RiskLevel;
        riskFactors: string[];
        protectiveFactors: string[];
        summary?: string;
        needs?: Need[];
      }>;
    }
  | {
      type: 'SupportPlanDrafted';
      data: On<{
        planId: string;
        goals: string[];
        interventions: PlannedIntervention[];
        nextReviewOn?: string;
        /** Goals for an adult of the family: the parent's own path (work, housing, safety, parenting). */
        parentGoals?: ParentGoal[];
        /** The assessed needs each goal answers. */
        goalNeeds?: GoalNeeds[];
      }>;
    }
  | { type: 'SupportPlanAgreed'; data: On<{ planId: string; consents: Consent[] }> }
  | {
      type: 'InterventionStarted';
      data: On<{
        planId: string;
        interventionId: string;
        kind: InterventionKind;
        provider: string;
        startedOn: string;
        expectedEndOn?: string;
        /** An adult of the case's family the intervention is for. */
        targetPersonId?: string;
      }>;
    }
  | { type: 'InterventionEnded'; data: On<{ planId: string; interventionId: string; endedOn: string; outcome?: string }> }
  | {
      type: 'SupportPlanReviewed';
      data: On<{ planId: string; reviewedOn: string; outcome: string; nextReviewOn?: string; goalProgress?: GoalReview[] }>;
    }
  | { type: 'SupportPlanClosed'; data: On<{ planId: string; reason?: string }> }
  | {
      type: 'ProtectionMeasureProposed';
      data: On<{ measureId: string; kind: MeasureKind; legalBasis?: LegalBasis; placeKind?: PlaceKind; reason: string }>;
    }
  | {
      type: 'ProtectionMeasureOrdered';
      data: On<
        Decree & {
          measureId: string;
          legalBasis: LegalBasis;
          startsOn?: string;
          endsOn?: string;
          reportEveryMonths?: number; // L. 184/1983: default 6 for affido, the decree may override
          consents?: Consent[]; // consensual affido: the parent(s) holding responsibility
        } & Placed
      >;
    }
  | {
      type: 'EmergencyPlacementMade';
      data: On<{ placementId: string; placedAt: string; placeKind: PlaceKind; reason: string } & Placed>;
    }
  /** Art. 403 c. 2, first sentence: the immediate oral notice to the PM. */
  | { type: 'EmergencyPlacementOralNoticeGiven'; data: On<{ placementId: string; authority: Authority; givenAt: string }> }
  /** Art. 403 c. 2, second sentence: measure, documents and short report sent to the PM (24 h); notifiedAt is when. */
  | { type: 'EmergencyPlacementNotified'; data: On<{ placementId: string; authority: Authority; notifiedAt: string } & Late> }
  /** Art. 403 c. 3: the PM asks the TM to validate (72 h). */
  | {
      type: 'EmergencyPlacementValidationRequested';
      data: On<{ placementId: string; authority: Authority; requestedAt: string } & Late>;
    }
  | {
      type: 'EmergencyPlacementValidated';
      data: On<Decree & { placementId: string; hearingDate?: string; curatoreSpeciale?: string } & Late>;
    }
  /** By the PM instead of a request (c. 3), or by the TM refusing validation (c. 4). */
  | { type: 'EmergencyPlacementRevoked'; data: On<Decree & { placementId: string; reason?: string } & Late> }
  /** Art. 403 c. 5: after the hearing the TM confirms, modifies or revokes the validation. */
  | {
      type: 'EmergencyPlacementValidationReviewed';
      data: On<Decree & { placementId: string; outcome: ValidationReviewOutcome; note?: string } & Late>;
    }
  /** A statutory term was missed: written by the deadline engine as the system actor, occurredAt the due instant. */
  | {
      type: 'MeasureLapsed';
      data: On<{ measureId: string; measureKind: 'emergency-placement'; missedStep: Art403Step; dueAt: string; legalBasis: string }>;
    }
  | {
      type: 'CourtHearingScheduled';
      data: On<{
        hearingId: string;
        authority: Authority;
        hearingDate: string;
        proceedingNumber?: string;
        purpose?: string;
        placementId?: string; // the art. 403 hearing (≤ 15 days) of this placement
      }>;
    }
  /** The TM extends (proroga) a measure's term by decree (L. 184/1983 art. 4 c. 4); the cadence in force rides along. */
  | {
      type: 'ProtectionMeasureExtended';
      data: On<
        Decree & { measureId: string; legalBasis: LegalBasis; previousEndsOn: string; endsOn: string; reason: string } & ReportCadence
      >;
    }
  /** A decree changes a measure in force: its prescriptions, its report cadence, or an earlier end. */
  | {
      type: 'ProtectionMeasureModified';
      data: On<
        Decree & { measureId: string; legalBasis: LegalBasis; prescriptions: string; endsOn?: string } & ReportCadence & {
            inForce: TermsInForce;
          }
      >;
    }
  /** An ordered measure ended before its term carries the decree that ended it. */
  | { type: 'ProtectionMeasureEnded'; data: On<{ measureId: string; endedOn: string; reason: string; decree?: Decree }> }
  /** A decree in the same proceeding changes a mandate: what the service must do, when it reports. */
  | {
      type: 'JudicialMandateModified';
      data: On<
        Decree & {
          proceedingNumber: string;
          prescriptions: string;
          mandates?: MandateKind[];
          reportDeadlines?: string[];
        } & ReportCadence
      >;
    }
  | { type: 'JudicialMandateEnded'; data: On<Decree & { proceedingNumber: string; endedOn: string; reason?: string }> }
  | {
      type: 'CourtReportSubmitted';
      data: On<{
        reportId: string;
        authority: Authority;
        proceedingNumber?: string;
        periodFrom: string;
        periodTo: string;
        coveredEvents: CoveredEvents;
        headHash: string;
        sections: NarrativeEntry[];
      }>;
    }
  | {
      type: 'ContactRecorded';
      data: On<{
        contactId: string;
        kind: ContactKind;
        participants: string[];
        entries: NarrativeEntry[];
        /** The family's people met, by id: a contact may be with the parent alone. */
        personIds?: string[];
      }>;
    }
  | { type: 'ProsieguoAmministrativoGranted'; data: On<Decree & { until: string; youngPersonConsentedAt: string }> }
  | { type: 'CaseClosed'; data: On<{ reason: ClosureReason; note?: string; receivingService?: string }> }
  | { type: 'CaseReopened'; data: On<{ reason: string }> }
  | { type: 'AuditTrailExported'; data: On<AuditTrailExport> }
  /** The service's hearing of the child (ascolto del minore, art. 315-bis c.c.); the child's words are statements by the minor. */
  | {
      type: 'ChildHeard';
      data: On<{
        hearingId: string;
        heardAt: string;
        place: string;
        heardBy: string[];
        present: string[];
        method: string;
        statements: NarrativeEntry[];
        wishes: Array<{ about: WishSubject; text: string }>;
        /** Under 12: why the child was capable of discernment (art. 336-bis c.c.). */
        discernment?: string;
      }>;
    }
  /** The team's joint evaluation (valutazione d'équipe): each discipline's view, and the conclusion who agreed to. */
  | {
      type: 'TeamEvaluationRecorded';
      data: On<{
        evaluationId: string;
        contributions: TeamContribution[];
        conclusion: string;
        agreedBy: string[];
        dissent?: Array<{ workerId: string; text: string }>;
      }>;
    }
  /**
   * Supervision: an act submitted to the coordinator, approved or returned with a reason. subjectKey names what the
   * approval covers: the plan's id, the closure's reason, the report's head hash.
   */
  | { type: 'SubmittedForApproval'; data: On<{ approvalId: string; act: SupervisedAct; subjectKey: string; note?: string }> }
  | { type: 'SubmissionApproved'; data: On<{ approvalId: string; note?: string }> }
  | { type: 'SubmissionReturned'; data: On<{ approvalId: string; reason: string }> }
  | { type: 'CaseAccessGranted'; data: On<{ workerId: string; reason: string; expiresAt: string }> }
  | { type: 'CaseAccessGrantRevoked'; data: On<{ workerId: string; reason?: string }> };

export type CaseEventType = CaseEvent['type'];
export type CaseEventData<T extends CaseEventType> = Extract<CaseEvent, { type: T }>['data'];

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const EVENT_TYPE_SET: Record<CaseEventType, true> = {
  CaseOpened: true,
  JudicialMandateReceived: true,
  TeamMemberAssigned: true,
  TeamMemberReleased: true,
  CaseManagerChanged: true,
  AssessmentStarted: true,
  AssessmentEntryRecorded: true,
  AssessmentCompleted: true,
  SupportPlanDrafted: true,
  SupportPlanAgreed: true,
  InterventionStarted: true,
  InterventionEnded: true,
  SupportPlanReviewed: true,
  SupportPlanClosed: true,
  ProtectionMeasureProposed: true,
  ProtectionMeasureOrdered: true,
  EmergencyPlacementMade: true,
  EmergencyPlacementOralNoticeGiven: true,
  EmergencyPlacementNotified: true,
  EmergencyPlacementValidationRequested: true,
  EmergencyPlacementValidated: true,
  EmergencyPlacementRevoked: true,
  EmergencyPlacementValidationReviewed: true,
  MeasureLapsed: true,
  CourtHearingScheduled: true,
  ProtectionMeasureExtended: true,
  ProtectionMeasureModified: true,
  ProtectionMeasureEnded: true,
  JudicialMandateModified: true,
  JudicialMandateEnded: true,
  CourtReportSubmitted: true,
  ContactRecorded: true,
  ProsieguoAmministrativoGranted: true,
  CaseClosed: true,
  CaseReopened: true,
  AuditTrailExported: true,
  ChildHeard: true,
  TeamEvaluationRecorded: true,
  SubmittedForApproval: true,
  SubmissionApproved: true,
  SubmissionReturned: true,
  CaseAccessGranted: true,
  CaseAccessGrantRevoked: true,
};
export const CASE_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as CaseEventType[];

export const isCaseEvent = (event: { type: string }): event is CaseEvent => Object.hasOwn(EVENT_TYPE_SET, event.type);
