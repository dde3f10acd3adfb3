import { CaseEventType } from '../../cases/case.events';
import * as V from '../../cases/case.values';
import { ART403_STEPS } from '../../cases/placement/art403.rules';
import { JsonSchema, authority, count, date, instant, list, object, oneOf, sha256, text, uuid, workerId } from './json-schema';

const onCase = (properties: Record<string, JsonSchema>, optional: string[] = []) => object({ caseId: uuid, ...properties }, optional);
const decree = { authority, decreeNumber: text, decreeDate: date };
const facilityId: JsonSchema = {
  ...uuid,
  description: 'The facility the child is placed in (GET /facilities/{id}); foster carers are never published',
};
const reportEveryMonths: JsonSchema = { type: 'integer', minimum: 1, maximum: 24, description: 'Months between reports to the judge' };
const late: JsonSchema = { const: true, description: 'Present when the step came after its art. 403 term' };
const narrativeEntry: JsonSchema = {
  description: 'Art. 473-bis.27 c.p.c.: a fact, a statement (by whom) or an evaluation (with its method)',
  oneOf: [
    object({ kind: { const: 'fact' }, text }),
    object({ kind: { const: 'statement' }, statedBy: text, text }),
    object({ kind: { const: 'evaluation' }, method: text, text }),
  ],
};

/** The data of every public case event (case.publications.ts), by internal type: a new event fails to compile until it has one. */
export const CASE_DATA_SCHEMAS: { [K in CaseEventType]: JsonSchema } = {
  CaseOpened: onCase(
    {
      familyId: uuid,
      minorId: uuid,
      intakeKind: oneOf(V.INTAKE_KINDS),
      referrerKind: { ...oneOf(V.REFERRER_KINDS), description: 'Semi-spontaneous intakes only' },
      authority: { ...authority, description: 'Judicial intakes only' },
      proceedingNumber: { ...text, description: 'Judicial intakes only' },
      mandates: { ...list(oneOf(V.MANDATE_KINDS)), description: 'Judicial intakes only' },
    },
    ['referrerKind', 'authority', 'proceedingNumber', 'mandates'],
  ),
  JudicialMandateReceived: onCase(
    {
      authority,
      proceedingNumber: text,
      decreeDate: date,
      mandates: list(oneOf(V.MANDATE_KINDS)),
      reportDeadlines: list(date),
      reportEveryMonths,
    },
    ['reportEveryMonths'],
  ),
  JudicialMandateModified: onCase(
    { proceedingNumber: text, ...decree, mandates: list(oneOf(V.MANDATE_KINDS)), reportDeadlines: list(date), reportEveryMonths },
    ['mandates', 'reportDeadlines', 'reportEveryMonths'],
  ),
  JudicialMandateEnded: onCase({ proceedingNumber: text, ...decree, endedOn: date }),
  TeamMemberAssigned: onCase({ workerId, role: oneOf(V.TEAM_ROLES) }),
  TeamMemberReleased: onCase({ workerId }),
  CaseManagerChanged: onCase({ workerId }),
  AssessmentStarted: onCase({ assessmentId: uuid, discipline: oneOf(V.DISCIPLINES) }),
  AssessmentEntryRecorded: onCase({ assessmentId: uuid, entry: narrativeEntry }),
  AssessmentCompleted: onCase({
    assessmentId: uuid,
    riskLevel: oneOf(V.RISK_LEVELS),
    riskFactorCount: count,
    protectiveFactorCount: count,
    needs: list(object({ needId: uuid, domain: oneOf(V.NEED_DOMAINS) })),
  }),
  SupportPlanDrafted: onCase(
    {
      planId: uuid,
      goalCount: count,
      interventions: list(
        object({ kind: oneOf(V.INTERVENTION_KINDS), expectedStartOn: date, expectedEndOn: date }, ['expectedStartOn', 'expectedEndOn']),
      ),
      nextReviewOn: date,
      goalNeeds: list(object({ goalIndex: count, needIds: list(uuid) })),
    },
    ['nextReviewOn', 'goalNeeds'],
  ),
  SupportPlanAgreed: onCase({ planId: uuid, consentCount: count }),
  InterventionStarted: onCase(
    { planId: uuid, interventionId: uuid, kind: oneOf(V.INTERVENTION_KINDS), startedOn: date, expectedEndOn: date },
    ['expectedEndOn'],
  ),
  InterventionEnded: onCase({ planId: uuid, interventionId: uuid, endedOn: date }),
  SupportPlanReviewed: onCase(
    {
      planId: uuid,
      reviewedOn: date,
      nextReviewOn: date,
      goalProgress: list(object({ goalIndex: count, progress: oneOf(V.GOAL_PROGRESS) })),
    },
    ['nextReviewOn', 'goalProgress'],
  ),
  SupportPlanClosed: onCase({ planId: uuid }),
  ProtectionMeasureProposed: onCase(
    { measureId: uuid, kind: oneOf(V.MEASURE_KINDS), legalBasis: oneOf(V.LEGAL_BASES), placeKind: oneOf(V.PLACE_KINDS) },
    ['legalBasis', 'placeKind'],
  ),
  ProtectionMeasureOrdered: onCase(
    {
      measureId: uuid,
      legalBasis: oneOf(V.LEGAL_BASES),
      ...decree,
      startsOn: date,
      endsOn: date,
      reportEveryMonths,
      facilityId,
    },
    ['startsOn', 'endsOn', 'reportEveryMonths', 'facilityId'],
  ),
  ProtectionMeasureExtended: onCase({ measureId: uuid, ...decree, previousEndsOn: date, endsOn: date, reportEveryMonths }, [
    'reportEveryMonths',
  ]),
  ProtectionMeasureModified: onCase({ measureId: uuid, ...decree, endsOn: date, reportEveryMonths }, ['endsOn', 'reportEveryMonths']),
  ProtectionMeasureEnded: onCase({ measureId: uuid, endedOn: date, ...decree }, Object.keys(decree)),
  EmergencyPlacementMade: onCase({ placementId: uuid, placedAt: instant, placeKind: oneOf(V.PLACE_KINDS), facilityId }, ['facilityId']),
  EmergencyPlacementNotified: onCase({ placementId: uuid, authority, notifiedAt: instant }),
  EmergencyPlacementOralNoticeGiven: onCase({ placementId: uuid, authority, givenAt: instant }),
  EmergencyPlacementValidationRequested: onCase({ placementId: uuid, authority, requestedAt: instant, late }, ['late']),
  EmergencyPlacementValidated: onCase({ placementId: uuid, ...decree, hearingDate: instant }, ['hearingDate']),
  EmergencyPlacementRevoked: onCase({ placementId: uuid, ...decree }),
  EmergencyPlacementValidationReviewed: onCase({ placementId: uuid, ...decree, outcome: oneOf(V.VALIDATION_REVIEW_OUTCOMES), late }, [
    'late',
  ]),
  MeasureLapsed: onCase({
    measureId: uuid,
    measureKind: { const: 'emergency-placement' },
    missedStep: oneOf(ART403_STEPS),
    dueAt: instant,
    legalBasis: text,
  }),
  CourtHearingScheduled: onCase(
    {
      hearingId: uuid,
      authority,
      hearingDate: instant,
      proceedingNumber: text,
      placementId: { ...uuid, description: 'The art. 403 hearing of this placement' },
    },
    ['proceedingNumber', 'placementId'],
  ),
  CourtReportSubmitted: onCase(
    {
      reportId: uuid,
      authority,
      proceedingNumber: text,
      periodFrom: date,
      periodTo: date,
      coveredEvents: object({ fromRevision: count, toRevision: count }),
      headHash: { ...sha256, description: 'The hash of the last covered event of the case stream' },
      sectionCount: count,
    },
    ['proceedingNumber'],
  ),
  ContactRecorded: onCase({ contactId: uuid, kind: oneOf(V.CONTACT_KINDS), participants: list(text), entries: list(narrativeEntry) }),
  ProsieguoAmministrativoGranted: onCase({ until: date, ...decree }),
  CaseClosed: onCase({ reason: oneOf(V.CLOSURE_REASONS) }),
  CaseReopened: onCase({}),
  AuditTrailExported: onCase({
    exportId: uuid,
    document: oneOf(['audit-trail', 'report-draft']),
    format: oneOf(['json', 'csv', 'pdf']),
    digest: { ...sha256, description: 'SHA-256 of the signed bundle’s canonical form' },
  }),
  CaseAccessGranted: onCase({ workerId, expiresAt: { ...instant, description: 'The grant ends by itself at this instant' } }),
  ChildHeard: onCase({ hearingId: uuid, heardAt: instant }),
  SubmittedForApproval: onCase({ approvalId: uuid, act: oneOf(V.SUPERVISED_ACTS) }),
  SubmissionApproved: onCase({ approvalId: uuid }),
  SubmissionReturned: onCase({ approvalId: uuid }),
  TeamEvaluationRecorded: onCase({ evaluationId: uuid, disciplines: list(oneOf(V.DISCIPLINES)), agreedCount: count, dissentCount: count }),
  CaseAccessGrantRevoked: onCase({ workerId }),
};
