import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../../../projections/list-query';
import { REPORT_SOURCE_KINDS, SCREENING_OUTCOMES } from '../report.events';
import { ReportSourceDto, ReportedMinorDto, ReporterDto } from './receive-report.dto';

export const REPORT_STATUSES = ['awaiting-screening', 'screened'] as const;

export class ScreeningView {
  @ApiProperty({ enum: SCREENING_OUTCOMES }) outcome: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() advice?: string;
  @ApiPropertyOptional({ format: 'uuid' }) caseId?: string;
  @ApiProperty({ format: 'date-time' }) screenedAt: string;
}

export class ReportView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: ReportSourceDto }) source: ReportSourceDto;
  @ApiPropertyOptional({ type: ReporterDto, description: 'Absent unless you are a coordinator or on the team of the case opened from it' })
  reporter?: ReporterDto;
  @ApiProperty({ description: 'true when the reporter is withheld from you' }) reporterRedacted: boolean;
  @ApiProperty({ type: ReportedMinorDto }) minor: ReportedMinorDto;
  @ApiProperty() concern: string;
  @ApiProperty() seriousHarm: boolean;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) screeningDueAt: string;
  @ApiPropertyOptional({ type: ScreeningView }) screening?: ScreeningView;
  @ApiProperty({ type: 'integer', example: 1 }) revision: number;
}

export class ReportInboxItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REPORT_SOURCE_KINDS }) sourceKind: string;
  @ApiPropertyOptional({ format: 'uuid' }) partnerId?: string;
  @ApiProperty() seriousHarm: boolean;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) screeningDueAt: string;
  @ApiProperty({ enum: REPORT_STATUSES }) status: string;
  @ApiProperty({ description: 'Awaiting screening past its deadline' }) overdue: boolean;
  @ApiPropertyOptional({ enum: SCREENING_OUTCOMES }) outcome?: string;
  @ApiPropertyOptional({ format: 'uuid' }) caseId?: string;
}

export class ReportInboxView {
  @ApiProperty({ type: [ReportInboxItem] }) items: ReportInboxItem[];
  @ApiProperty({ type: String, nullable: true, description: 'Cursor of the next page (pass it as `cursor`); null on the last page' })
  next: string | null;
}

/** GET /community/reports */
export class ReportInboxQueryDto extends ListQuery {
  @ApiPropertyOptional({ enum: REPORT_STATUSES, default: 'awaiting-screening' })
  @IsOptional()
  @IsIn(REPORT_STATUSES)
  status?: (typeof REPORT_STATUSES)[number];
}
