import { randomUUID } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { Position } from '../../../event-store/event-store';
import { IntegrationEvent } from '../../integration-events/integration-event';

const FAN_OUT = 'fan-out';

/** Takes the fan-out's row lock until the transaction ends, and reads its checkpoint (null: nothing turned into deliveries yet). */
export const lockFanOut = async (tx: PoolClient): Promise<Position | null> => {
  const { rows } = await tx.query<{ position: string | null }>('SELECT position FROM webhook_fan_out WHERE name = $1 FOR UPDATE', [
    FAN_OUT,
  ]);
  return rows[0].position;
};

export const readFanOutPosition = async (pool: Pool): Promise<Position | null> => {
  const { rows } = await pool.query<{ position: string | null }>('SELECT position FROM webhook_fan_out WHERE name = $1', [FAN_OUT]);
  return rows[0].position;
};

export const moveFanOut = async (tx: PoolClient, position: Position): Promise<void> => {
  await tx.query('UPDATE webhook_fan_out SET position = $2 WHERE name = $1', [FAN_OUT, position]);
};

export interface FanOutTarget {
  id: string;
  types: Set<string>;
  startsAfter: Position | null;
}

/** Moves the position only from where this runner read it; false when another runner had moved it. */
export const moveFanOutFrom = async (pool: Pool, from: Position | null, to: Position): Promise<boolean> => {
  const { rowCount } = await pool.query('UPDATE webhook_fan_out SET position = $2 WHERE name = $1 AND position IS NOT DISTINCT FROM $3', [
    FAN_OUT,
    to,
    from,
  ]);
  return rowCount === 1;
};

export const readFanOutTargets = async (tx: PoolClient | Pool): Promise<FanOutTarget[]> => {
  const { rows } = await tx.query<{ id: string; types: string[]; starts_after: string | null }>(
    'SELECT id, types, starts_after FROM webhook_subscriptions',
  );
  return rows.map((row) => ({ id: row.id, types: new Set(row.types), startsAfter: row.starts_after }));
};

export interface NewDelivery {
  subscriptionId: string;
  event: IntegrationEvent;
}

/** Events of one case (else one family, else one stream) are delivered in order; others do not wait for them. */
export const orderKeyOf = (event: IntegrationEvent): string => event.caseId ?? event.familyId ?? event.stream;

/** One set-based insert per batch; a replayed event finds its delivery already there and adds nothing. */
export const insertDeliveries = async (tx: PoolClient, deliveries: NewDelivery[]): Promise<number> => {
  if (deliveries.length === 0) return 0;
  const rows = deliveries.map(({ subscriptionId, event }) => ({
    id: randomUUID(),
    subscription_id: subscriptionId,
    event_id: event.id,
    position: event.position,
    order_key: orderKeyOf(event),
    type: event.type,
    payload: event,
  }));
  // WITH ORDINALITY keeps the batch's order, so seq follows the store's order.
  const inserted = await tx.query(
    `INSERT INTO webhook_deliveries (id, subscription_id, event_id, position, order_key, type, payload)
     SELECT r.id, r.subscription_id, r.event_id, r.position, r.order_key, r.type, r.payload
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (
              id uuid, subscription_id uuid, event_id text, position text, order_key text, type text, payload jsonb))
            WITH ORDINALITY AS r(id, subscription_id, event_id, position, order_key, type, payload, n)
      ORDER BY r.n
     ON CONFLICT (subscription_id, event_id) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  return inserted.rowCount ?? 0;
};
