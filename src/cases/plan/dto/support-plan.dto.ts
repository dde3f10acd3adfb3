import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import { GOAL_PROGRESS, GoalProgress, INTERVENTION_KINDS, InterventionKind } from '../../case.values';
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

/** A goal's place in the plan's goals, from 0. */
const GoalIndex = () =>
  applyDecorators(
    ApiProperty({ type: 'integer', minimum: 0, maximum: 49, example: 0, description: "The goal's place in the plan's goals, from 0" }),
    IsInt(),
    Min(0),
    Max(49),
  );

/** Which needs of the case's completed assessments a goal answers. */
export class GoalNeedsDto {
  @GoalIndex()
  goalIndex!: number;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 20, description: 'Need ids, as the case view lists them' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  needIds!: string[];
}

/** How a review found one goal. */
export class GoalReviewDto {
  @GoalIndex()
  goalIndex!: number;

  @OneOf(GOAL_PROGRESS, { example: 'achieved' })
  progress!: GoalProgress;

  @LongText({ required: false, example: 'Frequenza regolare da ottobre' })
  note?: string;
}

/** POST /cases/{caseId}/support-plans */
export class DraftSupportPlanDto {
  @TextList(50, { minItems: 1, example: ['regular school attendance'] })
  goals!: string[];

  @NestedList(() => PlannedInterventionDto, 50)
  interventions!: PlannedInterventionDto[];

  @NestedList(() => ParentGoalDto, 20, { required: false })
  parentGoals?: ParentGoalDto[];

  @NestedList(() => GoalNeedsDto, 50, { required: false, description: 'The assessed needs each goal answers' })
  goalNeeds?: GoalNeedsDto[];

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

  @NestedList(() => GoalReviewDto, 50, { required: false, description: 'Progress per goal' })
  goalProgress?: GoalReviewDto[];

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
