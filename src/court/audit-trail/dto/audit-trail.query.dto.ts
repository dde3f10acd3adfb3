import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { IsInstant, TIME_AXES } from '../../../cases/case.query.dto';
import { TimeAxis } from '../../audit-trail.types';

export const EXPORT_FORMATS = ['json', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A period on one time axis; both ends inclusive and optional. */
export class PeriodQueryDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-01-01T00:00:00+01:00',
    description: 'Start, inclusive; absent: from the start',
  })
  @IsOptional()
  @MaxLength(40)
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-31T23:59:59+01:00', description: 'End, inclusive; absent: up to now' })
  @IsOptional()
  @MaxLength(40)
  @IsInstant()
  to?: string;
}

export class AuditTrailQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json', description: 'json: the signed bundle; csv: a table; pdf: for the judge' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;

  @ApiPropertyOptional({
    enum: TIME_AXES,
    default: 'recorded',
    description: 'recorded: when the service recorded each event; occurred: when each fact happened (late records included)',
  })
  @IsOptional()
  @IsIn(TIME_AXES)
  axis?: TimeAxis;
}
