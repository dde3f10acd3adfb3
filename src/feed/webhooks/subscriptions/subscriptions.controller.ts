import { Response } from 'express';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { AuthenticatedRequest, Roles, Scopes } from '../../../auth/auth.guard';
import { ApiProblems } from '../../../common/api-problems';
import { NotFoundError } from '../../../common/domain-error';
import { UuidParam } from '../../../common/uuid-param';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { PG_POOL } from '../../../database/database.tokens';
import { EVENT_STORE, EventStore } from '../../../event-store/event-store';
import { CreateSubscriptionDto } from './dto/create-subscription.dto';
import { CreatedSubscriptionView, SubscriptionListView, SubscriptionView, subscriptionView } from './dto/subscription.view';
import { subscribe } from './subscribe';
import { deleteSubscription, findSubscription, listSubscriptions } from './subscriptions.store';

const DELIVERY =
  'Each event is POSTed as its IntegrationEvent JSON, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). ' +
  'At least once: deduplicate on webhook-id. Events of one case (else one family) arrive in order, one after another; ' +
  'a 2xx answer is success, anything else is retried with exponential backoff and parked after the last attempt.';

@ApiTags('integrations')
@ApiBearerAuth()
@Controller('subscriptions')
@Roles('integrator')
@Scopes('webhooks')
export class SubscriptionsController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe a URL to event types: webhooks from now on',
    description:
      `${DELIVERY} The subscription starts at the store's head: events recorded after it are sent, none before (read GET /feed for ` +
      'history). The same URL and types twice is 409 SUBSCRIPTION_EXISTS. Integrator tokens with the webhooks scope; personal types ' +
      'need the feed scope too (403 MISSING_SCOPE).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays return the first answer; reuse with another body is 422' })
  @ApiCreatedResponse({ type: CreatedSubscriptionView })
  @ApiProblems(400, 401, 403, 409, 413, 422, 429)
  async create(
    @Body() body: CreateSubscriptionDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CreatedSubscriptionView> {
    const policy = { allowPrivate: this.config.integrations.webhooksAllowPrivate };
    const created = await subscribe({ pool: this.pool, store: this.store, policy }, request.principal!, body);
    response.location(`/subscriptions/${created.id}`);
    return { ...subscriptionView(created), secret: created.secret };
  }

  @Get()
  @ApiOperation({ summary: 'Your subscriptions (those made with your token subject), oldest first' })
  @ApiOkResponse({ type: SubscriptionListView })
  @ApiProblems(400, 401, 403, 429)
  async list(@Req() request: AuthenticatedRequest): Promise<SubscriptionListView> {
    return { items: (await listSubscriptions(this.pool, request.principal!.id)).map(subscriptionView) };
  }

  @Get(':subscriptionId')
  @ApiOperation({ summary: 'One of your subscriptions (without its secret)', description: 'Someone else’s is 404 SUBSCRIPTION_NOT_FOUND.' })
  @ApiOkResponse({ type: SubscriptionView })
  @ApiProblems(400, 401, 403, 404, 429)
  async get(@Param('subscriptionId', UuidParam) id: string, @Req() request: AuthenticatedRequest): Promise<SubscriptionView> {
    const subscription = await findSubscription(this.pool, request.principal!.id, id);
    if (!subscription) throw new NotFoundError('Subscription', id);
    return subscriptionView(subscription);
  }

  @Delete(':subscriptionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unsubscribe: nothing more is sent, pending deliveries and the delivery log are deleted' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 401, 403, 404, 429)
  async remove(@Param('subscriptionId', UuidParam) id: string, @Req() request: AuthenticatedRequest): Promise<void> {
    if (!(await deleteSubscription(this.pool, request.principal!.id, id))) throw new NotFoundError('Subscription', id);
  }
}
