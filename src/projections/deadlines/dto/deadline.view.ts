import { NextCursor } from '../../../common/pagination';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEADLINE_KINDS, DEADLINE_STATUSES, DeadlineKind, DeadlineStatus } from '../deadline.rules';

/** One deadline; times are ISO 8601 with the Europe/Rome offset of that instant. */
export class DeadlineView {
  @ApiProperty({ example: 'art403-transmission:5f0c…', description: 'Stable: kind and what the deadline is about' }) id!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null for a report screening, which comes before a case' })
  caseId!: string | null;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind!: DeadlineKind;
  @ApiProperty({
    example: '2026-10-26T09:30:00+01:00',
    description: 'Hour deadlines: elapsed hours; day deadlines: the end of that Rome day',
  })
  dueAt!: string;
  @ApiProperty({ example: 'art. 403 c. 2 c.c.: measure, documents and a short report to the PM at the TM within 24 h of the placement' })
  legalBasis!: string;
  @ApiProperty({
    enum: DEADLINE_STATUSES,
    description:
      'lapsed: due passed unmet, or met only after the due time; cancelled: no longer applies (case closed, plan closed, measure ended, decree superseded)',
  })
  status!: DeadlineStatus;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The event that met it (also when it came late)' })
  metByEventId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'EmergencyPlacementNotified' }) metByEventType!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When that event occurred; for the art. 403 hearing, the hearing date' })
  metAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) cancelledByEventId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CaseClosed' }) cancelledByEventType!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'art. 403 steps: the MeasureLapsed the deadline engine appended when this step was missed (c. 7)',
  })
  lapsedByEventId!: string | null;
  @ApiProperty({ description: 'Open and inside its warning window (the 18th birthday and the affido end: 90 days)' }) warning!: boolean;
  @ApiPropertyOptional({ description: 'Start of the warning window' }) warnFrom?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'art403-*: the emergency placement' }) placementId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'affido-*: the protection measure' }) measureId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'plan-review: the support plan' }) planId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'report-screening: the report (segnalazione); shown to coordinators only' })
  reportId?: string;
  @ApiPropertyOptional({ example: 'tribunale-per-i-minorenni', description: 'mandate-report and affido-report: the judge reported to' })
  authority?: string;
  @ApiPropertyOptional({ example: '123/2026 R.G.' }) proceedingNumber?: string;
}

export class DeadlinesPage {
  @ApiProperty({ type: DeadlineView, isArray: true }) items!: DeadlineView[];
  @NextCursor() next: string | null;
}
