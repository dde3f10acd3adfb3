import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min, ValidateIf } from 'class-validator';
import { CLOSURE_REASONS, ClosureReason, SUPERVISED_ACTS, SupervisedAct } from '../../case.values';
import { LongText, OccurredAt, OneOf, Uuid } from '../../dto/decorators';

/** POST /cases/{caseId}/approvals: what the act is, and the subject the approval will cover. */
export class SubmitForApprovalDto {
  @OneOf(SUPERVISED_ACTS, { example: 'support-plan' })
  act!: SupervisedAct;

  @ValidateIf((d: SubmitForApprovalDto) => d.act === 'support-plan' || d.planId !== undefined)
  @Uuid({ required: false, description: 'support-plan: the drafted plan' })
  planId?: string;

  @ValidateIf((d: SubmitForApprovalDto) => d.act === 'closure' || d.closureReason !== undefined)
  @OneOf(CLOSURE_REASONS, { required: false, description: 'closure: the reason the case will close with' })
  closureReason?: ClosureReason;

  @ValidateIf((d: SubmitForApprovalDto) => d.act === 'court-report' || d.toRevision !== undefined)
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: "court-report: the report's coveredEvents.toRevision" })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  toRevision?: number;

  @ValidateIf((d: SubmitForApprovalDto) => d.act === 'court-report' || d.headHash !== undefined)
  @ApiPropertyOptional({
    pattern: '^[0-9a-f]{64}$',
    description: "court-report: the stream's hash at toRevision, as the report will pin it",
  })
  @Matches(/^[0-9a-f]{64}$/)
  headHash?: string;

  @LongText({ required: false, example: 'Piano condiviso con la madre; chiedo la verifica prima della firma.' })
  note?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/approvals/{approvalId}/decision */
export class DecideSubmissionDto {
  @OneOf(['approved', 'returned'], { example: 'returned' })
  outcome!: 'approved' | 'returned';

  @ValidateIf((d: DecideSubmissionDto) => d.outcome === 'returned' || d.reason !== undefined)
  @LongText({ required: false, example: 'Manca il parere della psicologa.', description: 'Required when returned: what to change' })
  reason?: string;

  @LongText({ required: false })
  note?: string;

  @OccurredAt()
  occurredAt?: string;
}
