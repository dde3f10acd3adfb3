import { Pool, PoolClient } from 'pg';
import { Position } from '../event-store/event-store';

export interface Checkpoint {
  name: string;
  position: Position | undefined;
  eventsSeen: number;
  updatedAt: string;
  lastError?: { message: string; eventId: string | null; at: string };
}

type Queryable = Pool | PoolClient;

/** A new projection starts at its current version: it has nothing to rebuild. */
export const ensureCheckpoint = async (db: Queryable, name: string, version: number): Promise<void> => {
  await db.query('INSERT INTO projection_checkpoints (name, version) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [name, version]);
};

/** The projection version that built the read model now in the live tables. */
export const builtVersion = async (db: Queryable, name: string): Promise<number | undefined> => {
  const { rows } = await db.query('SELECT version FROM projection_checkpoints WHERE name = $1', [name]);
  return rows[0]?.version;
};

export const readCheckpoints = async (db: Queryable): Promise<Checkpoint[]> => {
  const { rows } = await db.query(
    `SELECT name, position, events_seen::text, updated_at, last_error, last_error_event_id, last_error_at
       FROM projection_checkpoints ORDER BY name`,
  );
  return rows.map((row) => ({
    name: row.name,
    position: row.position ?? undefined,
    eventsSeen: Number(row.events_seen),
    updatedAt: new Date(row.updated_at).toISOString(),
    ...(row.last_error
      ? { lastError: { message: row.last_error, eventId: row.last_error_event_id, at: new Date(row.last_error_at).toISOString() } }
      : {}),
  }));
};

/**
 * Moves the checkpoint inside the batch's transaction, only from where this runner read it:
 * if another runner moved it meanwhile, nothing is written and the batch rolls back.
 */
export const advanceCheckpoint = async (
  tx: PoolClient | Pool,
  name: string,
  from: Position | undefined,
  to: Position,
  events: number,
): Promise<boolean> => {
  const { rowCount } = await tx.query(
    `UPDATE projection_checkpoints
        SET position = $3, events_seen = events_seen + $4, updated_at = now(),
            last_error = NULL, last_error_event_id = NULL, last_error_at = NULL
      WHERE name = $1 AND position IS NOT DISTINCT FROM $2`,
    [name, from ?? null, to, events],
  );
  return rowCount === 1;
};

export const recordProjectionError = async (db: Queryable, name: string, message: string, eventId: string | undefined): Promise<void> => {
  await db.query('UPDATE projection_checkpoints SET last_error = $2, last_error_event_id = $3, last_error_at = now() WHERE name = $1', [
    name,
    message.slice(0, 2000),
    eventId ?? null,
  ]);
};
