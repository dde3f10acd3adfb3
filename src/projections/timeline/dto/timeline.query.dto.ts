import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ConsistencyQuery } from '../../read-your-writes';

export const TIMELINE_ORDERS = ['occurred', 'recorded'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** GET /cases/{caseId}/timeline */
export class TimelineQueryDto extends ConsistencyQuery {
  @ApiPropertyOptional({
    enum: TIMELINE_ORDERS,
    default: 'occurred',
    description:
      'occurred: by occurredAt, what happened when (ties by revision); recorded: by revision, what the service knew when (recordedAt never goes back within a case)',
  })
  @IsOptional()
  @IsIn(TIMELINE_ORDERS)
  order?: TimelineOrder;

  @ApiPropertyOptional({
    minimum: 0,
    description: 'The revision the page starts at, in the chosen order: the `nextFrom` of the previous page',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  from?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
