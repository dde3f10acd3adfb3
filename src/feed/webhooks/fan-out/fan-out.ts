import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { inTransaction } from '../../../database/transaction';
import { EventStore, Position, RecordedEvent } from '../../../event-store/event-store';
import { batches } from '../../../projections/batches';
import { ProjectionLock } from '../../../projections/projection-lock';
import { toIntegrationEvent } from '../../integration-events/publish';
import { AbortableSleep } from '../abortable-sleep';
import {
  FanOutTarget,
  NewDelivery,
  insertDeliveries,
  lockFanOut,
  moveFanOut,
  moveFanOutFrom,
  readFanOutPosition,
  readFanOutTargets,
} from './fan-out.store';

const BATCH_SIZE = 200;

/** The deliveries a batch of stored events makes: one per published event and subscription that wants its type and started before it. */
export const deliveriesFor = (store: EventStore, events: RecordedEvent[], targets: FanOutTarget[]): NewDelivery[] =>
  events.flatMap((recorded) => {
    const event = toIntegrationEvent(recorded);
    if (!event) return [];
    return targets
      .filter((target) => target.types.has(event.type))
      .filter((target) => target.startsAfter === null || store.comparePositions(recorded.position, target.startsAfter) > 0)
      .map((target) => ({ subscriptionId: target.id, event }));
  });

class FanOutMovedError extends Error {
  constructor() {
    super('another instance moved the webhook fan-out; following from its position');
  }
}

/**
 * Follows the store and turns each published event into one pending delivery per matching subscription.
 * One instance at a time (an advisory lock); its checkpoint moves in the same transaction as the deliveries it made.
 */
export class WebhookFanOut {
  private readonly logger = new Logger('WebhookFanOut');
  private readonly lock: ProjectionLock;

  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
    connectionString: string,
    private readonly options: { pollMs: number; onDeliveries: () => void },
  ) {
    this.lock = new ProjectionLock(connectionString, 'tutela-webhooks:fan-out');
  }

  async run(signal: AbortSignal): Promise<void> {
    const pause = new AbortableSleep(signal);
    let failures = 0;
    while (!signal.aborted) {
      if (!(await this.lock.tryAcquire())) {
        await pause.wait(this.options.pollMs);
        continue;
      }
      try {
        await this.follow(signal);
        failures = 0;
      } catch (error) {
        failures++;
        this.logger.warn(`webhook fan-out stopped: ${(error as Error).message}`);
        await pause.wait(Math.min(30_000, this.options.pollMs * 2 ** Math.min(failures, 10)));
      }
    }
    await this.lock.release();
  }

  private async follow(signal: AbortSignal): Promise<void> {
    let position = (await readFanOutPosition(this.pool)) ?? (await this.skipToHeadWhenNobodyListens());
    const inner = new AbortController();
    const stop = () => inner.abort();
    signal.addEventListener('abort', stop, { once: true });
    if (signal.aborted) inner.abort();
    const watchdog = setInterval(() => this.lock.held || inner.abort(), this.options.pollMs);
    try {
      for await (const batch of batches(this.store.subscribeToAll({ after: position ?? undefined, signal: inner.signal }), BATCH_SIZE)) {
        // Abort before leaving the loop: closing the subscription waits for its pending read, which only the abort ends.
        if (!this.lock.held) return inner.abort();
        await this.fanOut(batch, position).catch((error: unknown) => {
          inner.abort();
          throw error;
        });
        position = batch[batch.length - 1].position;
      }
    } finally {
      clearInterval(watchdog);
      signal.removeEventListener('abort', stop);
      inner.abort();
    }
  }

  private async fanOut(events: RecordedEvent[], from: Position | null): Promise<void> {
    // Most batches deliver nothing (no subscription wants these events): then one conditional update moves on.
    if (deliveriesFor(this.store, events, await readFanOutTargets(this.pool)).length === 0) {
      if (!(await moveFanOutFrom(this.pool, from, events[events.length - 1].position))) throw new FanOutMovedError();
      return;
    }
    const created = await inTransaction(this.pool, async (tx) => {
      if ((await lockFanOut(tx)) !== from) throw new FanOutMovedError();
      const targets = await readFanOutTargets(tx);
      const made = await insertDeliveries(tx, deliveriesFor(this.store, events, targets));
      await moveFanOut(tx, events[events.length - 1].position);
      return made;
    });
    if (created > 0) this.options.onDeliveries();
  }

  /** First start with no subscription yet: the history before it can never be delivered, so it is not read. */
  private async skipToHeadWhenNobodyListens(): Promise<Position | null> {
    const head = await this.store.headPosition();
    if (!head) return null;
    return inTransaction(this.pool, async (tx) => {
      const current = await lockFanOut(tx);
      if (current !== null) return current;
      const { rows } = await tx.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM webhook_subscriptions) AS any');
      if (rows[0].any) return null;
      await moveFanOut(tx, head);
      return head;
    });
  }
}
