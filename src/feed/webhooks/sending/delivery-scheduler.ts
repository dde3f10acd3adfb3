import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { AbortableSleep } from '../abortable-sleep';
import { WebhookUrlPolicy } from '../url/webhook-url';
import { ClaimedDelivery, RetryPolicy, claimDeliveries, recordOutcome, subscriptionsWithSendableDeliveries } from './delivery-claims';
import { postWebhook } from './post-webhook';

export interface SchedulerOptions {
  /** Attempts in flight at once per subscription, each for a different order key. */
  concurrency: number;
  timeoutMs: number;
  pollMs: number;
  policy: WebhookUrlPolicy;
  retry: RetryPolicy;
}

// The envelope's fields in the documented order (jsonb keeps its own), then anything else.
const ENVELOPE = [
  'id',
  'type',
  'position',
  'stream',
  'revision',
  'caseId',
  'familyId',
  'occurredAt',
  'recordedAt',
  'hash',
  'personal',
  'data',
];
const bodyOf = (payload: Record<string, unknown>): string =>
  JSON.stringify({ ...Object.fromEntries(ENVELOPE.filter((key) => key in payload).map((key) => [key, payload[key]])), ...payload });

/**
 * Sends due deliveries. Each subscription has its own slots, refilled as soon as one of its attempts ends,
 * so a slow or dead receiver only ever holds its own slots, never another subscription's.
 */
export class DeliveryScheduler {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly stop = new AbortController();
  private readonly pause = new AbortableSleep(this.stop.signal);
  private readonly inFlight = new Map<string, Set<Promise<void>>>();
  private readonly claiming = new Set<string>();
  private readonly refillAfterClaim = new Set<string>();
  private loop?: Promise<void>;

  constructor(
    private readonly pool: Pool,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    this.loop ??= this.run();
  }

  /** New deliveries were written: look now rather than at the next poll. */
  wake(): void {
    this.pause.wake();
  }

  /** Claims nothing more, and waits for the attempts in flight to end (each is bounded by the timeout). */
  async shutdown(): Promise<void> {
    this.stop.abort();
    await this.loop;
    while (this.claiming.size > 0 || [...this.inFlight.values()].some((running) => running.size > 0)) {
      await Promise.allSettled([...this.inFlight.values()].flatMap((running) => [...running]));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async run(): Promise<void> {
    while (!this.stop.signal.aborted) {
      try {
        const due = await subscriptionsWithSendableDeliveries(this.pool);
        await Promise.all(due.map((subscriptionId) => this.refill(subscriptionId)));
      } catch (error) {
        if (!this.stop.signal.aborted) this.logger.warn(`webhook scheduling failed: ${(error as Error).message}`);
      }
      await this.pause.wait(this.options.pollMs);
    }
  }

  private async refill(subscriptionId: string): Promise<void> {
    if (this.stop.signal.aborted) return;
    if (this.claiming.has(subscriptionId)) {
      this.refillAfterClaim.add(subscriptionId);
      return;
    }
    const running = this.inFlight.get(subscriptionId) ?? new Set<Promise<void>>();
    this.inFlight.set(subscriptionId, running);
    const free = this.options.concurrency - running.size;
    if (free <= 0) return;
    this.claiming.add(subscriptionId);
    try {
      // The lease outlives the attempt: it is destroyed at the timeout, and its outcome is written right after.
      const claimed = await claimDeliveries(this.pool, subscriptionId, free, 2 * this.options.timeoutMs + 5000);
      for (const delivery of claimed) {
        const attempt: Promise<void> = this.attempt(delivery).finally(() => {
          running.delete(attempt);
          void this.refill(subscriptionId);
        });
        running.add(attempt);
      }
    } catch (error) {
      this.logger.warn(`claiming webhook deliveries of ${subscriptionId} failed: ${(error as Error).message}`);
    } finally {
      this.claiming.delete(subscriptionId);
      if (this.refillAfterClaim.delete(subscriptionId)) void this.refill(subscriptionId);
      if (running.size === 0 && !this.claiming.has(subscriptionId)) this.inFlight.delete(subscriptionId);
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const outcome = await postWebhook(
      { url: delivery.url, secret: delivery.secret, id: delivery.id, body: bodyOf(delivery.payload) },
      { timeoutMs: this.options.timeoutMs, policy: this.options.policy },
    );
    // Unrecorded (the database is away), the lease runs out and the attempt is made again: at least once.
    await recordOutcome(this.pool, delivery, outcome, this.options.retry).catch((error: Error) =>
      this.logger.warn(`recording webhook delivery ${delivery.id} failed: ${error.message}`),
    );
  }
}
