import { CLOSURE_REASONS, ClosureReason } from '../../case.values';
import { LongText, OccurredAt, OneOf } from '../../dto/decorators';

/** POST /cases/{caseId}/closure */
export class CloseCaseDto {
  @OneOf(CLOSURE_REASONS, { example: 'goals-met' })
  reason!: ClosureReason;

  @LongText({ required: false })
  note?: string;

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
