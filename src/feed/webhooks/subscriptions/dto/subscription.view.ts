import { ApiProperty } from '@nestjs/swagger';
import { INTEGRATION_EVENT_TYPES } from '../../../integration-events/publish';
import { Subscription } from '../subscriptions.store';

export class SubscriptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'https://erp.comune.example.it/tutela/webhooks', description: 'Normalised as a URL parser writes it' })
  url: string;
  @ApiProperty({ type: [String], enum: INTEGRATION_EVENT_TYPES, description: 'Sorted, without repeats' }) types: string[];
  @ApiProperty({
    type: String,
    nullable: true,
    example: '1234-56',
    description:
      'The store’s head when the subscription was made: events after this position are delivered, none before. Null: every event',
  })
  startsAfter: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** Only the answer to POST carries the secret: keep it, it is not shown again. */
export class CreatedSubscriptionView extends SubscriptionView {
  @ApiProperty({ example: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD', description: 'Verify webhook-signature with it (Standard Webhooks)' })
  secret: string;
}

export class SubscriptionListView {
  @ApiProperty({ type: [SubscriptionView] }) items: SubscriptionView[];
}

export const subscriptionView = (subscription: Subscription): SubscriptionView => ({
  id: subscription.id,
  url: subscription.url,
  types: subscription.types,
  startsAfter: subscription.startsAfter,
  createdAt: subscription.createdAt.toISOString(),
});
