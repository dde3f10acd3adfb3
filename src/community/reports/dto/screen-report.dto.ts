import { IsNotEmpty, IsString, IsUUID, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { MAX, OccurredAt, OneOf } from '../../../cases/dto/decorators';
import { SCREENING_OUTCOMES, ScreeningOutcome } from '../report.events';

/** The field belongs to one outcome: required with it, refused with the others. */
const ForOutcome = (outcome: ScreeningOutcome) => (target: object, key: string) => {
  ValidateIf((body: Record<string, unknown>) => body.outcome === outcome || body[key] !== undefined)(target, key);
  ValidateBy({
    name: 'forOutcome',
    validator: {
      validate: (_value, args) => (args?.object as { outcome?: unknown }).outcome === outcome,
      defaultMessage: (args) => `${args?.property} goes only with outcome ${outcome}`,
    },
  })(target, key);
};

/** Not IsOptional: that would skip the field even when its outcome requires it. */
const OutcomeText = (description: string) => (target: object, key: string) => {
  ApiPropertyOptional({ type: String, maxLength: MAX.text, description })(target, key);
  IsString()(target, key);
  IsNotEmpty()(target, key);
  MaxLength(MAX.text)(target, key);
};

/** POST /community/reports/{reportId}/screening */
export class ScreenReportDto {
  @OneOf(SCREENING_OUTCOMES)
  outcome!: ScreeningOutcome;

  @ForOutcome('no-action')
  @OutcomeText('Required for no-action: why nothing follows')
  reason?: string;

  @ForOutcome('advice')
  @OutcomeText('Required for advice: what the reporter was advised')
  advice?: string;

  @ForOutcome('case-opened')
  @ApiPropertyOptional({ format: 'uuid', description: 'Required for case-opened: the case opened from this report' })
  @IsUUID()
  caseId?: string;

  @OccurredAt()
  occurredAt?: string;
}
