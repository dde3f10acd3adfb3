import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { AttemptOutcome } from './post-webhook';

export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  claimId: string;
  /** Failed attempts before this one. */
  attempts: number;
  url: string;
  secret: string;
  payload: Record<string, unknown>;
}

/** A pending delivery may go when it is due and nothing earlier of its order key is still unsent (pending or parked). */
const SENDABLE = `d.status = 'pending' AND d.next_attempt_at <= now()
  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e
                   WHERE e.subscription_id = d.subscription_id AND e.order_key = d.order_key
                     AND e.status <> 'delivered' AND e.seq < d.seq)`;

export const subscriptionsWithSendableDeliveries = async (pool: Pool): Promise<string[]> => {
  const { rows } = await pool.query<{ subscription_id: string }>(
    `SELECT DISTINCT d.subscription_id FROM webhook_deliveries d WHERE ${SENDABLE}`,
  );
  return rows.map((row) => row.subscription_id);
};

/**
 * Claims up to `limit` sendable deliveries of one subscription, each the head of its own order key.
 * SKIP LOCKED keeps two instances off the same rows; the lease (next_attempt_at pushed past the attempt's timeout)
 * keeps them off while the request is in flight, and hands the row back if this process dies.
 */
export const claimDeliveries = async (pool: Pool, subscriptionId: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> => {
  const claimId = randomUUID();
  const { rows } = await pool.query<{ id: string; attempts: number; url: string; secret: string; payload: Record<string, unknown> }>(
    `WITH sendable AS (
       SELECT d.id FROM webhook_deliveries d WHERE d.subscription_id = $1 AND ${SENDABLE}
        ORDER BY d.seq LIMIT $2 FOR UPDATE OF d SKIP LOCKED)
     UPDATE webhook_deliveries d SET claim_id = $3, next_attempt_at = now() + $4 * interval '1 millisecond'
       FROM sendable, webhook_subscriptions s
      WHERE d.id = sendable.id AND s.id = d.subscription_id
     RETURNING d.id, d.attempts, s.url, s.secret, d.payload`,
    [subscriptionId, limit, claimId, leaseMs],
  );
  return rows.map((row) => ({ ...row, subscriptionId, claimId }));
};

export interface RetryPolicy {
  maxAttempts: number;
  /** The wait before the next attempt, after this many failures. */
  delayMs: (failures: number) => number;
}

/** Records an attempt, unless the lease was lost meanwhile (another instance owns the row now). Parks after the last failure. */
export const recordOutcome = async (pool: Pool, claimed: ClaimedDelivery, outcome: AttemptOutcome, retry: RetryPolicy): Promise<void> => {
  if (outcome.delivered) {
    await pool.query(
      `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status = $3, last_error = NULL,
              delivered_at = now(), claim_id = NULL
        WHERE id = $1 AND claim_id = $2`,
      [claimed.id, claimed.claimId, outcome.status],
    );
    return;
  }
  const failures = claimed.attempts + 1;
  const parked = failures >= retry.maxAttempts;
  await pool.query(
    `UPDATE webhook_deliveries SET status = $5, attempts = attempts + 1, last_status = $3, last_error = $4,
            next_attempt_at = now() + $6 * interval '1 millisecond', claim_id = NULL
      WHERE id = $1 AND claim_id = $2`,
    [
      claimed.id,
      claimed.claimId,
      outcome.status ?? null,
      outcome.error,
      parked ? 'parked' : 'pending',
      parked ? 0 : retry.delayMs(failures),
    ],
  );
};
