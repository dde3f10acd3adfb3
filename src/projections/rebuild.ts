import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EventStore, Position } from '../event-store/event-store';
import { inTransaction } from '../database/transaction';
import { applyBatch } from './apply-batch';
import { batches } from './batches';
import { countEventsAfter } from './event-count';
import { Projection, ProjectionTable, shadowTables } from './projection';
import { isDefined } from './define/define-projection';
import { ProjectionMemory } from './define/row-batch';
import { TableDefinition } from './define/table';

/** Rows a rebuild keeps known while it replays; past it, it forgets them all and reads back what it needs. */
const REBUILD_KNOWN_ROWS = 200_000;
/** Events per replayed batch: each batch is a few set-based statements, so larger batches mean fewer round trips. */
export const REBUILD_BATCH = 2000;

const isTableDefinition = (table: ProjectionTable): table is TableDefinition => 'createTable' in table;

export const createMissingTables = async (pool: Pool, projection: Projection): Promise<void> => {
  for (const table of projection.tables) {
    const { rows } = await pool.query('SELECT to_regclass($1) AS existing', [table.name]);
    if (!rows[0].existing) await pool.query(table.ddl(table.name));
  }
};

export const requestRebuild = async (pool: Pool, name: string): Promise<string> => {
  const open = await pool.query("SELECT id FROM projection_rebuilds WHERE name = $1 AND state IN ('requested', 'running')", [name]);
  if (open.rows[0]) return open.rows[0].id;
  const id = randomUUID();
  await pool.query("INSERT INTO projection_rebuilds (id, name, state) VALUES ($1, $2, 'requested')", [id, name]);
  return id;
};

/** Called by the lock holder only: a rebuild still marked running lost its runner (a crash), so it is asked again. */
export const resumeInterruptedRebuild = async (pool: Pool, name: string): Promise<void> => {
  await pool.query("UPDATE projection_rebuilds SET state = 'requested' WHERE name = $1 AND state = 'running'", [name]);
};

export const nextRebuildRequest = async (pool: Pool, name: string): Promise<string | undefined> => {
  const { rows } = await pool.query(
    "SELECT id FROM projection_rebuilds WHERE name = $1 AND state = 'requested' ORDER BY requested_at LIMIT 1",
    [name],
  );
  return rows[0]?.id;
};

/** One projection of a rebuild pass, with the request it answers. */
export interface RebuildJob {
  projection: Projection;
  requestId: string;
}

/**
 * Replays every event into shadow tables in batches (short transactions), while the live tables keep serving,
 * then swaps them in one short transaction with the checkpoint: readers never see a half-built model.
 * Runs only in the instance that holds the projection's lock, so the live follower is paused meanwhile.
 */
export const rebuildProjection = (options: {
  pool: Pool;
  store: EventStore;
  projection: Projection;
  requestId: string;
  batchSize: number;
}) =>
  rebuildTogether({ ...options, jobs: [{ projection: options.projection, requestId: options.requestId }] }).then((failures) => {
    if (failures.length > 0) throw failures[0];
  });

/**
 * Rebuilds several projections in one pass over the log: each batch read is applied to every projection still
 * going. A projection that fails is marked failed and left behind; the others go on. Returns the failures.
 */
export const rebuildTogether = async (options: {
  pool: Pool;
  store: EventStore;
  jobs: RebuildJob[];
  batchSize: number;
}): Promise<Error[]> => {
  const { pool, store } = options;
  // count(*) where the store can: the log is not read twice.
  const total = await countEventsAfter(store, undefined);
  const going = options.jobs.map((job) => ({
    ...job,
    shadow: shadowTables(job.projection),
    // Rows known across the whole replay: only this rebuild writes the shadow tables.
    memory: isDefined(job.projection) ? new ProjectionMemory(job.projection, REBUILD_KNOWN_ROWS) : undefined,
  }));
  const failures: Error[] = [];
  const fail = async (job: (typeof going)[number], error: Error) => {
    failures.push(error);
    going.splice(going.indexOf(job), 1);
    await pool.query("UPDATE projection_rebuilds SET state = 'failed', error = $2, finished_at = now() WHERE id = $1", [
      job.requestId,
      error.message,
    ]);
  };
  for (const job of [...going]) {
    await pool.query("UPDATE projection_rebuilds SET state = 'running', started_at = now(), events_total = $2 WHERE id = $1", [
      job.requestId,
      total,
    ]);
    await createShadowTables(pool, job.projection, job.shadow).catch((error) => fail(job, error));
  }
  let position: Position | undefined;
  let done = 0;
  // Re-read until nothing is left: events appended during the replay are included before the swap.
  for (let caughtUp = false; !caughtUp && going.length > 0;) {
    caughtUp = true;
    for await (const batch of batches(store.readAll({ after: position }), options.batchSize, { fill: true })) {
      caughtUp = false;
      for (const job of [...going]) {
        await applyBatch(pool, job.projection, batch, job.shadow, { memory: job.memory }).catch((error) => fail(job, error));
      }
      position = batch[batch.length - 1].position;
      done += batch.length;
      await pool.query(
        'UPDATE projection_rebuilds SET events_done = $2, events_total = GREATEST(events_total, $2) WHERE id = ANY($1::uuid[])',
        [going.map((job) => job.requestId), done],
      );
    }
  }
  for (const job of [...going]) {
    try {
      for (const table of job.projection.tables) {
        if (isTableDefinition(table)) for (const index of table.createIndexes(job.shadow[table.name])) await pool.query(index);
      }
      await swap(pool, job.projection, job.shadow, position, done, job.requestId);
    } catch (error) {
      await fail(job, error as Error);
    }
  }
  return failures;
};

/** Secondary indexes are built once, after the load, instead of being kept up row by row. */
const createShadowTables = async (pool: Pool, projection: Projection, shadow: Record<string, string>) => {
  for (const table of projection.tables) {
    await pool.query(`DROP TABLE IF EXISTS ${shadow[table.name]}`);
    await pool.query(isTableDefinition(table) ? table.createTable(shadow[table.name]) : table.ddl(shadow[table.name]));
  }
};

const swap = (
  pool: Pool,
  projection: Projection,
  shadow: Record<string, string>,
  position: Position | undefined,
  events: number,
  requestId: string,
) =>
  inTransaction(pool, async (tx) => {
    for (const table of projection.tables) {
      await tx.query(`DROP TABLE IF EXISTS ${table.name}`);
      await tx.query(`ALTER TABLE ${shadow[table.name]} RENAME TO ${table.name}`);
    }
    await tx.query(
      `UPDATE projection_checkpoints SET position = $2, events_seen = $3, version = $4, updated_at = now(),
              last_error = NULL, last_error_event_id = NULL, last_error_at = NULL WHERE name = $1`,
      [projection.name, position ?? null, events, projection.version],
    );
    await tx.query("UPDATE projection_rebuilds SET state = 'done', finished_at = now() WHERE id = $1", [requestId]);
  });
