import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { TIME_AXES } from './case.query.dto';
import {
  CLOSURE_REASONS,
  DISCIPLINES,
  GOAL_PROGRESS,
  INTAKE_KINDS,
  INTERVENTION_KINDS,
  MEASURE_KINDS,
  NEED_DOMAINS,
  PLACE_KINDS,
  RISK_LEVELS,
  TEAM_ROLES,
} from './case.values';
import { JudicialIntakeDto, SemiSpontaneousIntakeDto, SpontaneousIntakeDto } from './lifecycle/dto/intake.dto';
import { JudicialMandateFieldsDto } from './dto/judicial-mandate.dto';
import { ConsentDto } from './dto/consent.dto';
import { PlannedInterventionDto } from './plan/dto/support-plan.dto';

/** Swagger shapes of the case answers; the values come from toCaseView (case.view.ts) and case.queries.ts. */
const OBJECT = { type: 'object', additionalProperties: true } as const;

class MinorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) birthDate: string;
  @ApiProperty({ format: 'date', nullable: true }) eighteenthBirthday: string | null;
  @ApiProperty({ format: 'date', nullable: true, description: 'The last date the service may act (day before 18, or the prosieguo end)' })
  ageLimit: string | null;
  @ApiPropertyOptional({ description: 'As the person registry knows them now (absent in a view as of the past)' }) givenName?: string;
  @ApiPropertyOptional() familyName?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Whole years today' }) age?: number;
}

class HouseholdView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: { istatCode: '040012', name: 'Forlì' } }) municipality: object;
  @ApiProperty() address: string;
}

class TeamMemberView {
  @ApiProperty({ example: 'alice' }) workerId: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: TEAM_ROLES }) role: string;
}

class ReportDeadlineView {
  @ApiProperty({ format: 'date' }) due: string;
  @ApiProperty() authority: string;
  @ApiProperty() proceedingNumber: string;
}

class NeedView {
  @ApiProperty({ format: 'uuid', description: 'What plan goals cite (goalNeeds)' }) needId: string;
  @ApiProperty({ enum: NEED_DOMAINS }) domain: string;
  @ApiProperty() description: string;
}

class GoalStateView {
  @ApiProperty() goal: string;
  @ApiProperty({ type: [String], description: 'The needs it answers' }) needIds: string[];
  @ApiPropertyOptional({ enum: GOAL_PROGRESS, description: 'As the latest review that spoke of it found it' }) progress?: string;
  @ApiPropertyOptional({ format: 'date' }) reviewedOn?: string;
}

class AssessmentView {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ enum: DISCIPLINES }) discipline: string;
  @ApiProperty({ enum: ['open', 'completed'] }) status: string;
  @ApiProperty({ type: 'integer' }) entriesCount: number;
  @ApiPropertyOptional({ enum: RISK_LEVELS }) riskLevel?: string;
  @ApiProperty({ type: [String] }) riskFactors: string[];
  @ApiProperty({ type: [String] }) protectiveFactors: string[];
  @ApiPropertyOptional() summary?: string;
  @ApiProperty({ type: [NeedView] }) needs: NeedView[];
  @ApiPropertyOptional({ format: 'date-time' }) startedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) completedAt?: string;
}

class InterventionView {
  @ApiProperty({ format: 'uuid' }) interventionId: string;
  @ApiProperty({ enum: INTERVENTION_KINDS }) kind: string;
  @ApiProperty() provider: string;
  @ApiProperty({ format: 'date' }) startedOn: string;
  @ApiPropertyOptional({ format: 'date' }) expectedEndOn?: string;
  @ApiProperty({ enum: ['active', 'ended'] }) status: string;
  @ApiPropertyOptional({ format: 'date' }) endedOn?: string;
  @ApiPropertyOptional() outcome?: string;
}

class SupportPlanView {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ enum: ['draft', 'agreed', 'closed'] }) status: string;
  @ApiProperty({ type: [String] }) goals: string[];
  @ApiProperty({ type: [GoalStateView], description: 'The goals in order (goalIndex), their needs and progress' })
  goalStates: GoalStateView[];
  @ApiProperty({ type: [PlannedInterventionDto] }) plannedInterventions: PlannedInterventionDto[];
  @ApiProperty({ type: [InterventionView] }) interventions: InterventionView[];
  @ApiProperty({ type: 'array', items: OBJECT, description: '{ reviewedOn, outcome, nextReviewOn? }' }) reviews: object[];
  @ApiPropertyOptional({ format: 'date' }) nextReviewOn?: string;
  @ApiPropertyOptional({ ...OBJECT, description: '{ consents: Consent[], agreedAt }' }) agreement?: { consents: ConsentDto[] };
  @ApiPropertyOptional() closeReason?: string;
}

const PLACED_WITH = {
  ...OBJECT,
  description:
    "Where the child is: { kind: 'facility', facilityId, name } or { kind: 'foster-carer', fosterCarerId, name } (names as when placed)",
};
const WITH_PARENT = { ...OBJECT, description: 'Mother–child community: the parent placed with the child, { memberId, name }' };

class MeasureView {
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ enum: MEASURE_KINDS }) kind: string;
  @ApiProperty({ enum: ['proposed', 'ordered', 'ended'] }) status: string;
  @ApiProperty() reason: string;
  @ApiPropertyOptional({ ...OBJECT, description: '{ authority, decreeNumber, decreeDate }' }) decree?: object;
  @ApiPropertyOptional({
    description: 'legalBasis, placeKind, startsOn, endsOn, reportEveryMonths, consents, endedOn, endReason when known',
  })
  legalBasis?: string;
  @ApiPropertyOptional(PLACED_WITH) placedWith?: object;
  @ApiPropertyOptional(WITH_PARENT) withParent?: object;
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    description: "Later decrees, oldest first: { authority, decreeNumber, decreeDate, change: 'extended' | 'modified', note }",
  })
  laterDecrees: object[];
  @ApiPropertyOptional({ ...OBJECT, description: 'The decree that ended an ordered measure before its term' }) endDecree?: object;
}

/** A mandate as later decrees of its proceeding left it. */
class MandateView extends JudicialMandateFieldsDto {
  @ApiPropertyOptional({ format: 'date', description: 'When a decree ended it' }) endedOn?: string;
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'object' },
    description: "Later decrees of the proceeding: { authority, decreeNumber, decreeDate, change: 'modified' | 'ended', note }",
  })
  laterDecrees?: object[];
}

class PlacementView {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'date-time' }) placedAt: string;
  @ApiProperty({ enum: PLACE_KINDS }) placeKind: string;
  @ApiProperty() reason: string;
  @ApiPropertyOptional(PLACED_WITH) placedWith?: object;
  @ApiPropertyOptional(WITH_PARENT) withParent?: object;
  @ApiProperty({
    enum: ['made', 'notified', 'validation-requested', 'validated', 'revoked', 'confirmed', 'modified', 'lapsed'],
    description: 'notified: the acts reached the PM (art. 403 c. 2); lapsed is final, later steps do not revive it (c. 7)',
  })
  status: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'The immediate oral notice to the PM' }) oralNoticeAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When measure and acts reached the PM' }) notifiedAt?: string;
  @ApiPropertyOptional() notifiedTo?: string;
  @ApiPropertyOptional({ format: 'date-time', description: "The PM's request for validation" }) validationRequestedAt?: string;
  @ApiPropertyOptional({
    ...OBJECT,
    description: '{ outcome, authority, decreeNumber, decreeDate, reason?, curatoreSpeciale?, decidedAt }',
  })
  decision?: object;
  @ApiPropertyOptional({ format: 'date-time' }) hearingDate?: string;
  @ApiPropertyOptional({ ...OBJECT, description: 'After the hearing: { outcome: confirmed | modified | revoked, decree, reviewedAt }' })
  review?: object;
  @ApiPropertyOptional({ ...OBJECT, description: 'The missed step: { missedStep, dueAt }' }) lapse?: object;
  @ApiPropertyOptional({ type: [String], description: 'Steps recorded after their term' }) lateSteps?: string[];
}

class HearingView {
  @ApiProperty({ format: 'uuid' }) hearingId: string;
  @ApiProperty() authority: string;
  @ApiProperty({ format: 'date-time' }) hearingDate: string;
  @ApiPropertyOptional() proceedingNumber?: string;
  @ApiPropertyOptional() purpose?: string;
  @ApiPropertyOptional({ format: 'uuid' }) placementId?: string;
}

class CourtReportView {
  @ApiProperty({ format: 'uuid' }) reportId: string;
  @ApiProperty() authority: string;
  @ApiProperty({ format: 'date' }) periodFrom: string;
  @ApiProperty({ format: 'date' }) periodTo: string;
  @ApiProperty({ ...OBJECT, description: '{ fromRevision, toRevision }' }) coveredEvents: object;
  @ApiProperty({ description: 'Chain hash of the event at coveredEvents.toRevision' }) headHash: string;
  @ApiProperty({ type: 'integer' }) sectionsCount: number;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
}

class MilestoneView {
  @ApiProperty({ enum: ['opened', 'closed', 'reopened'] }) kind: string;
  @ApiPropertyOptional({ enum: INTAKE_KINDS }) intakeKind?: string;
  @ApiPropertyOptional({ description: `closed: one of ${CLOSURE_REASONS.join(', ')}; reopened: free text` }) reason?: string;
  @ApiPropertyOptional() note?: string;
  @ApiPropertyOptional({ format: 'date-time' }) occurredAt?: string;
}

class TeamEvaluationView {
  @ApiProperty({ format: 'uuid' }) evaluationId: string;
  @ApiProperty({ format: 'date-time' }) evaluatedAt: string;
  @ApiProperty({ enum: DISCIPLINES, isArray: true }) disciplines: string[];
  @ApiProperty() conclusion: string;
  @ApiProperty({ type: [String] }) agreedBy: string[];
  @ApiProperty({ type: [String] }) dissentBy: string[];
}

@ApiExtraModels(SpontaneousIntakeDto, SemiSpontaneousIntakeDto, JudicialIntakeDto)
export class CaseViewDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ format: 'uuid' }) familyId: string;
  @ApiProperty({ type: MinorView }) minor: MinorView;
  @ApiProperty({ oneOf: [SpontaneousIntakeDto, SemiSpontaneousIntakeDto, JudicialIntakeDto].map((dto) => ({ $ref: getSchemaPath(dto) })) })
  intake: object;
  @ApiProperty({ type: [MandateView] }) judicialMandates: MandateView[];
  @ApiProperty({ type: [ReportDeadlineView] }) reportDeadlines: ReportDeadlineView[];
  @ApiProperty({ type: [TeamMemberView] }) team: TeamMemberView[];
  @ApiProperty({ type: TeamMemberView, nullable: true }) caseManager: TeamMemberView | null;
  @ApiProperty({ type: [AssessmentView] }) assessments: AssessmentView[];
  @ApiProperty({ type: [SupportPlanView] }) supportPlans: SupportPlanView[];
  @ApiProperty({ type: [MeasureView] }) protectionMeasures: MeasureView[];
  @ApiProperty({ type: [MeasureView], description: 'The measures proposed or in force: not ended' }) openMeasures: MeasureView[];
  @ApiPropertyOptional({ type: () => HouseholdView, description: 'The household, as registered (absent in a view as of the past)' })
  household?: HouseholdView;
  @ApiProperty({ type: [PlacementView] }) emergencyPlacements: PlacementView[];
  @ApiProperty({ type: [HearingView] }) hearings: HearingView[];
  @ApiProperty({ type: [CourtReportView] }) reports: CourtReportView[];
  @ApiProperty({
    type: 'array',
    items: OBJECT,
    description:
      'Acts submitted to the coordinator: { approvalId, act, subjectKey, submittedBy, submittedAt, status, decidedBy?, reason? }',
  })
  approvals: object[];
  @ApiProperty({ type: [TeamEvaluationView], description: "Valutazioni d'équipe, oldest first; their texts are in /entries" })
  teamEvaluations: TeamEvaluationView[];
  @ApiProperty({ ...OBJECT, description: '{ count, lastAt }: the entries themselves are in the events' }) contacts: object;
  @ApiProperty({ ...OBJECT, nullable: true, description: '{ authority, decreeNumber, decreeDate, until, youngPersonConsentedAt }' })
  prosieguo: object | null;
  @ApiProperty({ type: [MilestoneView] }) history: MilestoneView[];
  @ApiProperty({ type: 'integer', example: 12, description: 'The newest revision in this view; as ETag on the current case' })
  revision: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Echoed when asked as of an instant' }) asOf?: string;
  @ApiPropertyOptional({ enum: TIME_AXES }) axis?: string;
}
