import { CLOSURE_REASONS, ClosureReason } from '../../case.values';
import { LongText, Name, OccurredAt, OneOf } from '../../dto/decorators';

/** POST /cases/{caseId}/closure */
export class CloseCaseDto {
  @OneOf(CLOSURE_REASONS, { example: 'goals-met' })
  reason!: ClosureReason;

  @LongText({ required: false })
  note?: string;

  @Name({
    required: false,
    example: 'Servizio Tutela Minori, Comune di Monza',
    description: 'A transfer closure: the service that takes the case over, with its measures in force',
  })
  receivingService?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/reopening */
export class ReopenCaseDto {
  @LongText({ example: 'New report from the school.' })
  reason!: string;

  @OccurredAt()
  occurredAt?: string;
}
