import { DomainError, InvalidInputError } from '../../common/domain-error';
import { INTEGRATION_EVENT_TYPES } from '../integration-events/publish';

export class UnknownEventTypeError extends InvalidInputError {
  constructor(unknown: string[]) {
    super('UNKNOWN_EVENT_TYPE', `Unknown event type: ${unknown.map((type) => `"${type}"`).join(', ')}`, {
      unknownTypes: unknown,
      validTypes: INTEGRATION_EVENT_TYPES,
    });
  }
}

/** Personal events go only to holders of the feed scope, by webhook as on GET /feed. */
export class PersonalTypesNeedFeedScopeError extends DomainError {
  constructor(personal: string[]) {
    super('MISSING_SCOPE', `Personal event types (${personal.join(', ')}) need a token with the feed scope too`, 403, {
      requiredScopes: ['webhooks', 'feed'],
      personalTypes: personal,
    });
  }
}

export class SubscriptionExistsError extends DomainError {
  constructor(existingId: string | undefined) {
    super('SUBSCRIPTION_EXISTS', 'You already have a subscription with this URL and these types', 409, { existingId });
  }
}

export class DeliveryPendingError extends DomainError {
  constructor(deliveryId: string) {
    super('DELIVERY_PENDING', `Delivery ${deliveryId} is still pending: it will be sent again without being asked`, 409, { deliveryId });
  }
}
