import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { DELIVERY_STATUSES, DeliveryStatus } from '../deliveries.store';

export const DELIVERY_LOG_DEFAULT_LIMIT = 50;
export const DELIVERY_LOG_MAX_LIMIT = 200;

/** GET /subscriptions/{id}/deliveries; anything else is 400 VALIDATION_FAILED. */
export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: 'Only deliveries in this state' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: DELIVERY_LOG_MAX_LIMIT, default: DELIVERY_LOG_DEFAULT_LIMIT })
  @IsOptional()
  @Matches(/^(?:[1-9]\d?|1\d\d|200)$/, { message: `limit must be a whole number from 1 to ${DELIVERY_LOG_MAX_LIMIT}` })
  limit?: string;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page: older deliveries than those it showed' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'cursor must be the next of a previous page' })
  cursor?: string;
}
