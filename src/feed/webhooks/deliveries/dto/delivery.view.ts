import { NextCursor } from '../../../../common/pagination';
import { ApiProperty } from '@nestjs/swagger';
import { INTEGRATION_EVENT_TYPES } from '../../../integration-events/publish';
import { DELIVERY_STATUSES, Delivery, DeliveryStatus } from '../deliveries.store';

export class DeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Sent as webhook-id, the same on every attempt: deduplicate on it' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The event’s id (the id inside the body)' }) eventId: string;
  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, example: 'case.opened.v1' }) type: string;
  @ApiProperty({ example: '1234-56', description: 'The event’s position in the feed' }) position: string;
  @ApiProperty({ description: 'Deliveries with the same key (a case, else a family) are sent one after another, in order' })
  orderKey: string;
  @ApiProperty({
    enum: DELIVERY_STATUSES,
    description: 'parked: every attempt failed; it holds back later events of its case until redelivered',
  })
  status: DeliveryStatus;
  @ApiProperty({ type: 'integer', description: 'Attempts made since it was created or last redelivered' }) attempts: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Pending only: not before then' }) nextAttemptAt:
    string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 503, description: 'HTTP status of the last attempt; null: no answer' })
  lastStatus: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'HTTP 503' }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
}

export class DeliveryPageView {
  @ApiProperty({ type: [DeliveryView], description: 'Newest first' }) items: DeliveryView[];
  @NextCursor() next: string | null;
}

export const deliveryView = (delivery: Delivery): DeliveryView => ({
  ...delivery,
  nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
  createdAt: delivery.createdAt.toISOString(),
  deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
});
