import { Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { AuthenticatedRequest, Roles, Scopes } from '../../../auth/auth.guard';
import { ApiProblems } from '../../../common/api-problems';
import { NotFoundError } from '../../../common/domain-error';
import { UuidParam } from '../../../common/uuid-param';
import { PG_POOL } from '../../../database/database.tokens';
import { findSubscription } from '../subscriptions/subscriptions.store';
import { WebhookWorkers } from '../webhook-workers';
import { readDeliveryLog, redeliver } from './deliveries.store';
import { DELIVERY_LOG_DEFAULT_LIMIT, DeliveriesQueryDto } from './dto/deliveries.query.dto';
import { DeliveryPageView, DeliveryView, deliveryView } from './dto/delivery.view';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('subscriptions/:subscriptionId/deliveries')
@Roles('integrator')
@Scopes('webhooks')
export class DeliveriesController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly workers: WebhookWorkers,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The delivery log of one of your subscriptions, newest first',
    description: 'Every attempted or waiting delivery with its state, attempts and last error. Someone else’s subscription is 404.',
  })
  @ApiOkResponse({ type: DeliveryPageView })
  @ApiProblems(400, 401, 403, 404, 429)
  async log(
    @Param('subscriptionId', UuidParam) subscriptionId: string,
    @Query() query: DeliveriesQueryDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<DeliveryPageView> {
    await this.ownSubscription(request, subscriptionId);
    const limit = query.limit === undefined ? DELIVERY_LOG_DEFAULT_LIMIT : Number(query.limit);
    const page = await readDeliveryLog(this.pool, subscriptionId, { status: query.status, limit, cursor: query.cursor });
    return { items: page.items.map(deliveryView), next: page.next };
  }

  @Post(':deliveryId/redeliver')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a parked or delivered delivery again, now',
    description:
      'Its attempts start again from zero, with the same webhook-id. A parked delivery holds back later events of its case: ' +
      'redelivering it lets them follow. A pending one is 409 DELIVERY_PENDING; an unknown one 404 DELIVERY_NOT_FOUND.',
  })
  @ApiAcceptedResponse({ type: DeliveryView })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  async redeliver(
    @Param('subscriptionId', UuidParam) subscriptionId: string,
    @Param('deliveryId', UuidParam) deliveryId: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<DeliveryView> {
    await this.ownSubscription(request, subscriptionId);
    const delivery = await redeliver(this.pool, subscriptionId, deliveryId);
    this.workers.wake();
    return deliveryView(delivery);
  }

  private async ownSubscription(request: AuthenticatedRequest, subscriptionId: string): Promise<void> {
    if (!(await findSubscription(this.pool, request.principal!.id, subscriptionId)))
      throw new NotFoundError('Subscription', subscriptionId);
  }
}
