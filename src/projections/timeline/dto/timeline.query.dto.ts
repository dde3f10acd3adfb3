import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQuery } from '../../list-query';

export const TIMELINE_ORDERS = ['occurred', 'recorded'] as const;
export type TimelineOrder = (typeof TIMELINE_ORDERS)[number];

/** GET /cases/{caseId}/timeline */
export class TimelineQueryDto extends ListQuery {
  @ApiPropertyOptional({
    enum: TIMELINE_ORDERS,
    default: 'occurred',
    description:
      'occurred: by occurredAt, what happened when (ties by revision); recorded: by revision, what the service knew when (recordedAt never goes back within a case)',
  })
  @IsOptional()
  @IsIn(TIMELINE_ORDERS)
  order?: TimelineOrder;
}
