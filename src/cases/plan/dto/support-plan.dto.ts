import { INTERVENTION_KINDS, InterventionKind } from '../../case.values';
import { ConsentDto } from '../../dto/consent.dto';
import { CalendarDate, LongText, Name, NestedList, OccurredAt, OneOf, TextList, Uuid } from '../../dto/decorators';

export class PlannedInterventionDto {
  @OneOf(INTERVENTION_KINDS, { example: 'home-educational-support' })
  kind!: InterventionKind;

  @Name({ required: false, example: 'Coop. Il Melograno' })
  provider?: string;

  @CalendarDate({ required: false })
  expectedStartOn?: string;

  @CalendarDate({ required: false })
  expectedEndOn?: string;

  @Uuid({ required: false, description: "An adult of the case's household the intervention is for (work with the parent)" })
  targetPersonId?: string;
}

/** A goal of the parent's own path: work, housing, safety, parenting. */
export class ParentGoalDto {
  @Uuid({ description: "An adult of the case's household" })
  personId!: string;

  @LongText({ example: 'Trovare un alloggio stabile entro sei mesi' })
  goal!: string;
}

/** POST /cases/{caseId}/support-plans */
export class DraftSupportPlanDto {
  @TextList(50, { minItems: 1, example: ['regular school attendance'] })
  goals!: string[];

  @NestedList(() => PlannedInterventionDto, 50)
  interventions!: PlannedInterventionDto[];

  @NestedList(() => ParentGoalDto, 20, { required: false })
  parentGoals?: ParentGoalDto[];

  @CalendarDate({ required: false, example: '2027-02-01' })
  nextReviewOn?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/support-plans/{planId}/agreement */
export class AgreeSupportPlanDto {
  @NestedList(() => ConsentDto, 20, { minItems: 1 })
  consents!: ConsentDto[];

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/support-plans/{planId}/reviews */
export class ReviewSupportPlanDto {
  @CalendarDate()
  reviewedOn!: string;

  @LongText({ example: 'attendance improving; keep home support' })
  outcome!: string;

  @CalendarDate({ required: false, example: '2027-05-10' })
  nextReviewOn?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/support-plans/{planId}/closure */
export class CloseSupportPlanDto {
  @LongText({ required: false })
  reason?: string;

  @OccurredAt()
  occurredAt?: string;
}
