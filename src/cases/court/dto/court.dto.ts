import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, Matches, MaxLength, Min } from 'class-validator';
import { NarrativeEntryDto } from '../../dto/narrative-entry.dto';
import { Authority, CalendarDate, Instant, LongText, Name, Nested, NestedList, OccurredAt, Uuid } from '../../dto/decorators';

/** POST /cases/{caseId}/court-hearings */
export class ScheduleCourtHearingDto {
  @Authority()
  authority!: string;

  @Instant({ example: '2027-01-15T09:30:00+01:00' })
  hearingDate!: string;

  @Name({ required: false, example: '123/2026 R.G.' })
  proceedingNumber?: string;

  @LongText({ required: false })
  purpose?: string;

  @Uuid({ required: false, description: 'The art. 403 placement this hearing is about' })
  placementId?: string;

  @OccurredAt()
  occurredAt?: string;
}

export class CoveredEventsDto {
  @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
  @IsInt()
  @Min(0)
  fromRevision!: number;

  @ApiProperty({ type: 'integer', minimum: 0, example: 42 })
  @IsInt()
  @Min(0)
  toRevision!: number;
}

/** POST /cases/{caseId}/court-reports */
export class SubmitCourtReportDto {
  @Authority()
  authority!: string;

  @Name({ required: false, example: '123/2026 R.G.' })
  proceedingNumber?: string;

  @CalendarDate({ example: '2026-08-01' })
  periodFrom!: string;

  @CalendarDate({ example: '2026-10-31' })
  periodTo!: string;

  @Nested(() => CoveredEventsDto, { description: 'The revisions of the case stream the report covers' })
  coveredEvents!: CoveredEventsDto;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'Chain hash of the event at coveredEvents.toRevision' })
  @IsNotEmpty()
  @MaxLength(64)
  @Matches(/^[0-9a-f]{64}$/)
  headHash!: string;

  @NestedList(() => NarrativeEntryDto, 50, { minItems: 1 })
  sections!: NarrativeEntryDto[];

  @OccurredAt()
  occurredAt?: string;
}
