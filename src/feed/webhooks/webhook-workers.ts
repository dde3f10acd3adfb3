import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { DATABASE_URL, PG_POOL } from '../../database/database.tokens';
import { EVENT_STORE, EventStore } from '../../event-store/event-store';
import { WebhookFanOut } from './fan-out/fan-out';
import { retryDelayMs } from './sending/backoff';
import { DeliveryScheduler } from './sending/delivery-scheduler';

export const WEBHOOKS_ACTIVE = Symbol('WEBHOOKS_ACTIVE');
const CONCURRENCY_PER_SUBSCRIPTION = 4;

/** The fan-out and the sender, started with the application; stopped before the pool and the store close. */
@Injectable()
export class WebhookWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly stop = new AbortController();
  private scheduler?: DeliveryScheduler;
  private fanOut?: Promise<void>;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_URL) private readonly connectionString: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOKS_ACTIVE) private readonly active: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.active) return;
    const delivery = this.config.integrations.webhookDelivery;
    const backoff = { baseMs: delivery.backoffBaseMs, capMs: delivery.backoffCapMs };
    this.scheduler = new DeliveryScheduler(this.pool, {
      concurrency: CONCURRENCY_PER_SUBSCRIPTION,
      timeoutMs: delivery.timeoutMs,
      pollMs: delivery.pollMs,
      policy: { allowPrivate: this.config.integrations.webhooksAllowPrivate },
      retry: { maxAttempts: delivery.maxAttempts, delayMs: (failures) => retryDelayMs(failures, backoff) },
    });
    this.scheduler.start();
    const fanOut = new WebhookFanOut(this.pool, this.store, this.connectionString, {
      pollMs: delivery.pollMs,
      onDeliveries: () => this.wake(),
    });
    this.fanOut = fanOut.run(this.stop.signal);
  }

  /** Work is waiting (new deliveries, a redelivery): send now rather than at the next poll. */
  wake(): void {
    this.scheduler?.wake();
  }

  /** Before shutdown, while the pool is open: attempts in flight end (or time out) and are recorded; pending rows stay pending. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stop.abort();
    await this.fanOut;
    await this.scheduler?.shutdown();
  }
}
