import {
  Authority,
  ClosureReason,
  Consent,
  ContactKind,
  CoveredEvents,
  Discipline,
  Intake,
  InterventionKind,
  JudicialMandate,
  LegalBasis,
  MeasureKind,
  NarrativeEntry,
  PlaceKind,
  PlannedIntervention,
  RiskLevel,
  TeamRole,
} from './case.values';

export * from './case.values';

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
      }>;
    }
  | {
      type: 'SupportPlanDrafted';
      data: On<{ planId: string; goals: string[]; interventions: PlannedIntervention[]; nextReviewOn?: string }>;
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
      }>;
    }
  | { type: 'InterventionEnded'; data: On<{ planId: string; interventionId: string; endedOn: string; outcome?: string }> }
  | {
      type: 'SupportPlanReviewed';
      data: On<{ planId: string; reviewedOn: string; outcome: string; nextReviewOn?: string }>;
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
        }
      >;
    }
  | {
      type: 'EmergencyPlacementMade';
      data: On<{ placementId: string; placedAt: string; placeKind: PlaceKind; reason: string }>;
    }
  | { type: 'EmergencyPlacementNotified'; data: On<{ placementId: string; authority: Authority; notifiedAt: string }> }
  | {
      type: 'EmergencyPlacementValidated';
      data: On<Decree & { placementId: string; hearingDate?: string; curatoreSpeciale?: string }>;
    }
  | { type: 'EmergencyPlacementRevoked'; data: On<Decree & { placementId: string; reason?: string }> }
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
  | { type: 'ProtectionMeasureEnded'; data: On<{ measureId: string; endedOn: string; reason: string }> }
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
      data: On<{ contactId: string; kind: ContactKind; participants: string[]; entries: NarrativeEntry[] }>;
    }
  | { type: 'ProsieguoAmministrativoGranted'; data: On<Decree & { until: string; youngPersonConsentedAt: string }> }
  | { type: 'CaseClosed'; data: On<{ reason: ClosureReason; note?: string }> }
  | { type: 'CaseReopened'; data: On<{ reason: string }> }
  | { type: 'AuditTrailExported'; data: On<AuditTrailExport> }
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
  EmergencyPlacementNotified: true,
  EmergencyPlacementValidated: true,
  EmergencyPlacementRevoked: true,
  CourtHearingScheduled: true,
  ProtectionMeasureEnded: true,
  CourtReportSubmitted: true,
  ContactRecorded: true,
  ProsieguoAmministrativoGranted: true,
  CaseClosed: true,
  CaseReopened: true,
  AuditTrailExported: true,
  CaseAccessGranted: true,
  CaseAccessGrantRevoked: true,
};
export const CASE_EVENT_TYPES = Object.keys(EVENT_TYPE_SET) as CaseEventType[];

export const isCaseEvent = (event: { type: string }): event is CaseEvent => Object.hasOwn(EVENT_TYPE_SET, event.type);
