import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PeriodQueryDto } from '../../audit-trail/dto/audit-trail.query.dto';

export const DRAFT_FORMATS = ['json', 'pdf'] as const;

export class ReportDraftQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({ enum: DRAFT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(DRAFT_FORMATS)
  format?: (typeof DRAFT_FORMATS)[number];
}
