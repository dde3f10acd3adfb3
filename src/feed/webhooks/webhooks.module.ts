import { DynamicModule, Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { SubscriptionsController } from './subscriptions/subscriptions.controller';
import { WEBHOOKS_ACTIVE, WebhookWorkers } from './webhook-workers';

/** Integrators' webhooks: subscriptions, the fan-out from the store to deliveries, and the signed sender. */
@Module({})
export class WebhooksModule {
  /** active: false for the OpenAPI generator, which has no database: no fan-out, no sender. */
  static register(options: { active: boolean }): DynamicModule {
    return {
      module: WebhooksModule,
      controllers: [SubscriptionsController, DeliveriesController],
      providers: [{ provide: WEBHOOKS_ACTIVE, useValue: options.active }, WebhookWorkers],
    };
  }
}
