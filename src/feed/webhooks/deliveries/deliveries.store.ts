import { Pool } from 'pg';
import { DeliveryPendingError } from '../webhooks.errors';
import { NotFoundError } from '../../../common/domain-error';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'parked'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface Delivery {
  id: string;
  eventId: string;
  type: string;
  position: string;
  orderKey: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

// The cursor is seq as text (a bigint exceeds a JS number); named apart so that ORDER BY seq sorts numbers.
const COLUMNS = `seq::text AS cursor, id, event_id, type, position, order_key, status, attempts, next_attempt_at, last_status, last_error,
  created_at, delivered_at`;
type Row = {
  cursor: string;
  id: string;
  event_id: string;
  type: string;
  position: string;
  order_key: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
};
const toDelivery = (row: Row): Delivery => ({
  id: row.id,
  eventId: row.event_id,
  type: row.type,
  position: row.position,
  orderKey: row.order_key,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
  lastStatus: row.last_status,
  lastError: row.last_error,
  createdAt: row.created_at,
  deliveredAt: row.delivered_at,
});

export interface DeliveryLogQuery {
  status?: DeliveryStatus;
  limit: number;
  /** The next of the previous page: older deliveries than that one. */
  cursor?: string;
}

/** A subscription's deliveries, newest first, a page at a time. */
export const readDeliveryLog = async (
  pool: Pool,
  subscriptionId: string,
  query: DeliveryLogQuery,
): Promise<{ items: Delivery[]; next: string | null }> => {
  const { rows } = await pool.query<Row>(
    `SELECT ${COLUMNS} FROM webhook_deliveries
      WHERE subscription_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::bigint IS NULL OR seq < $3)
      ORDER BY seq DESC LIMIT $4`,
    [subscriptionId, query.status ?? null, query.cursor ?? null, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  return { items: page.map(toDelivery), next: rows.length > query.limit ? page[page.length - 1].cursor : null };
};

/**
 * Sends a parked or delivered delivery again, now, with a fresh count of attempts. It keeps its place in its order key:
 * later deliveries of the same case wait for it again.
 */
export const redeliver = async (pool: Pool, subscriptionId: string, deliveryId: string): Promise<Delivery> => {
  const { rows } = await pool.query<Row>(
    `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = now(), delivered_at = NULL, claim_id = NULL
      WHERE subscription_id = $1 AND id = $2 AND status IN ('parked', 'delivered')
     RETURNING ${COLUMNS}`,
    [subscriptionId, deliveryId],
  );
  if (rows[0]) return toDelivery(rows[0]);
  const existing = await pool.query('SELECT 1 FROM webhook_deliveries WHERE subscription_id = $1 AND id = $2', [
    subscriptionId,
    deliveryId,
  ]);
  if (existing.rowCount === 0) throw new NotFoundError('Delivery', deliveryId);
  throw new DeliveryPendingError(deliveryId);
};
