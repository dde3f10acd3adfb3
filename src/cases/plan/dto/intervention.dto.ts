import { INTERVENTION_KINDS, InterventionKind } from '../../case.values';
import { CalendarDate, LongText, Name, OccurredAt, OneOf, Uuid } from '../../dto/decorators';

/** POST /cases/{caseId}/support-plans/{planId}/interventions */
export class StartInterventionDto {
  @OneOf(INTERVENTION_KINDS, { example: 'home-educational-support' })
  kind!: InterventionKind;

  @Name({ example: 'Coop. Il Melograno' })
  provider!: string;

  @CalendarDate()
  startedOn!: string;

  @CalendarDate({ required: false })
  expectedEndOn?: string;

  @Uuid({ required: false, description: "An adult of the case's household the intervention is for (work with the parent)" })
  targetPersonId?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/support-plans/{planId}/interventions/{interventionId}/end */
export class EndInterventionDto {
  @CalendarDate()
  endedOn!: string;

  @LongText({ required: false })
  outcome?: string;

  @OccurredAt()
  occurredAt?: string;
}
