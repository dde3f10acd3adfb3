import { Pool, PoolClient } from 'pg';
import { inTransaction } from '../../../database/transaction';
import { EventStore, Position } from '../../../event-store/event-store';
import { lockFanOut } from '../fan-out/fan-out.store';
import { SubscriptionExistsError } from '../webhooks.errors';

export interface Subscription {
  id: string;
  ownerId: string;
  url: string;
  types: string[];
  /** Events after this position are delivered; null: every event. */
  startsAfter: Position | null;
  createdAt: Date;
}

export interface NewSubscription {
  id: string;
  ownerId: string;
  url: string;
  /** Sorted and distinct, so that the same set is the same key. */
  types: string[];
  secret: string;
}

const COLUMNS = 'id, owner_id, url, types, starts_after, created_at';
type Row = { id: string; owner_id: string; url: string; types: string[]; starts_after: string | null; created_at: Date };
const toSubscription = (row: Row): Subscription => ({
  id: row.id,
  ownerId: row.owner_id,
  url: row.url,
  types: row.types,
  startsAfter: row.starts_after,
  createdAt: row.created_at,
});

const later = (store: EventStore, a: Position | null | undefined, b: Position | null | undefined): Position | null => {
  if (!a || !b) return a ?? b ?? null;
  return store.comparePositions(a, b) >= 0 ? a : b;
};

/**
 * A new subscription starts at the store's head: it gets the events recorded after it was created, none before.
 * Under the fan-out's lock, so a batch the fan-out is writing cannot miss it, and it starts no earlier than the fan-out has reached.
 */
export const insertSubscription = async (pool: Pool, store: EventStore, subscription: NewSubscription): Promise<Subscription> => {
  // Read before the transaction: on embedded PGlite a second pooled query inside it would wait for ever.
  const head = await store.headPosition();
  return inTransaction(pool, async (tx) => {
    const fanOutPosition = await lockFanOut(tx);
    const { rows } = await tx.query<Row>(
      `INSERT INTO webhook_subscriptions (id, owner_id, url, types, secret, starts_after) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (owner_id, url, types) DO NOTHING RETURNING ${COLUMNS}`,
      [
        subscription.id,
        subscription.ownerId,
        subscription.url,
        subscription.types,
        subscription.secret,
        later(store, head, fanOutPosition),
      ],
    );
    if (rows[0]) return toSubscription(rows[0]);
    const existing = await tx.query<{ id: string }>(
      'SELECT id FROM webhook_subscriptions WHERE owner_id = $1 AND url = $2 AND types = $3',
      [subscription.ownerId, subscription.url, subscription.types],
    );
    throw new SubscriptionExistsError(existing.rows[0]?.id);
  });
};

export const listSubscriptions = async (pool: Pool, ownerId: string): Promise<Subscription[]> => {
  const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM webhook_subscriptions WHERE owner_id = $1 ORDER BY created_at, id`, [
    ownerId,
  ]);
  return rows.map(toSubscription);
};

/** Another owner's subscription is as absent as a missing one. */
export const findSubscription = async (pool: Pool | PoolClient, ownerId: string, id: string): Promise<Subscription | undefined> => {
  const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM webhook_subscriptions WHERE owner_id = $1 AND id = $2`, [ownerId, id]);
  return rows[0] && toSubscription(rows[0]);
};

/** Deletes it with its deliveries: nothing more is sent. Under the fan-out's lock, so no batch is writing deliveries for it. */
export const deleteSubscription = (pool: Pool, ownerId: string, id: string): Promise<boolean> =>
  inTransaction(pool, async (tx) => {
    await lockFanOut(tx);
    const deleted = await tx.query('DELETE FROM webhook_subscriptions WHERE owner_id = $1 AND id = $2', [ownerId, id]);
    return deleted.rowCount === 1;
  });
