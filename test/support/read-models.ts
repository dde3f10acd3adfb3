import { Pool } from 'pg';
import { EventLog } from '../../src/event-store/event-log';
import { AppendResult, EventStore } from '../../src/event-store/event-store';
import { Projection } from '../../src/projections/projection';
import { ProjectionRunner } from '../../src/projections/projection-runner';
import { rebuildProjection, requestRebuild } from '../../src/projections/rebuild';
import { givenEvents } from './given-events';

/**
 * Remembers the position of the last append, to wait for. Not the store's head: that is the newest commit-safe event,
 * which lags behind while any transaction in the cluster (another test file's) is open.
 */
export const remembering = <A extends unknown[]>(append: (...args: A) => Promise<AppendResult>) => {
  let last: string | undefined;
  const remembered = async (...args: A) => {
    const result = await append(...args);
    last = result.position;
    return result;
  };
  return Object.assign(remembered, { last: () => last! });
};

/** Domain events appended through the hash-chained log, as commands do, remembering the last position. */
export const givenRemembering = (log: EventLog) => remembering(givenEvents(log));
export type Given = ReturnType<typeof givenRemembering>;

/** Waits until the runner's projections have passed the position. */
export const caughtUp = async (runner: ProjectionRunner, position: string, timeoutMs = 15000): Promise<void> => {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 20))) {
    if (await runner.hasReached(position)) return;
  }
  throw new Error(`projections did not reach ${position} in time`);
};

/** Every row of a table, in a stable order, as plain JSON: two snapshots are equal when the tables hold the same rows. */
export const snapshot = async (pool: Pool, table: string): Promise<string[]> => {
  const { rows } = await pool.query(`SELECT to_jsonb(t)::text AS row FROM ${table} t`);
  return rows.map((r) => r.row).sort();
};

export const snapshotAll = async (pool: Pool, projection: Projection): Promise<Record<string, string[]>> =>
  Object.fromEntries(await Promise.all(projection.tables.map(async (t) => [t.name, await snapshot(pool, t.name)] as const)));

/** Rebuilds the projection from zero into shadow tables, swapped in at the end, as the admin endpoint does. */
export const rebuild = async (pool: Pool, store: EventStore, projection: Projection): Promise<void> => {
  const requestId = await requestRebuild(pool, projection.name);
  await rebuildProjection({ pool, store, projection, requestId, batchSize: 3 });
};
