import { Pool } from 'pg';
import { Position, RecordedEvent } from '../event-store/event-store';
import { inTransaction } from '../database/transaction';
import { advanceCheckpoint } from './checkpoints';
import { isDefined } from './define/define-projection';
import { ProjectionBatchError, ProjectionMemory, applyRowBatch } from './define/row-batch';
import { Projection, SqlProjection, TableNames } from './projection';

export { ProjectionBatchError as ProjectionHandlerError } from './define/row-batch';

export class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`projection ${projection}: another runner moved the checkpoint; stepping back`);
    this.name = 'CheckpointMovedError';
  }
}

export interface BatchOptions {
  /** Moves the checkpoint from this position in the same commit (live); a rebuild's shadow tables have none. */
  checkpoint?: { from: Position | undefined };
  /** What the runner knows of a defined projection's rows; a fresh one when absent. */
  memory?: ProjectionMemory;
}

/** Applies a batch to a projection and, with `checkpoint`, moves it in the same commit. */
export const applyBatch = async (
  pool: Pool,
  projection: Projection,
  events: RecordedEvent[],
  tables: TableNames,
  options: BatchOptions = {},
): Promise<void> => {
  const last = events[events.length - 1];
  const checkpoint = options.checkpoint && {
    name: projection.name,
    from: options.checkpoint.from,
    to: last.position,
    events: events.length,
  };
  if (isDefined(projection)) {
    const memory = options.memory ?? new ProjectionMemory(projection, Number.MAX_SAFE_INTEGER);
    if (!(await applyRowBatch(pool, projection, events, tables, memory, checkpoint))) throw new CheckpointMovedError(projection.name);
    return;
  }
  await applySqlBatch(pool, projection, events, tables, checkpoint);
};

const applySqlBatch = async (
  pool: Pool,
  projection: SqlProjection,
  events: RecordedEvent[],
  tables: TableNames,
  checkpoint: { from: Position | undefined; to: Position; events: number } | undefined,
): Promise<void> => {
  const handled = new Set(projection.handles);
  if (checkpoint && !events.some((event) => handled.has(event.type))) {
    // Nothing to write but the checkpoint: one statement, no transaction around it.
    if (!(await advanceCheckpoint(pool, projection.name, checkpoint.from, checkpoint.to, checkpoint.events))) {
      throw new CheckpointMovedError(projection.name);
    }
    return;
  }
  await inTransaction(pool, async (tx) => {
    for (const event of events) {
      if (!handled.has(event.type)) continue;
      try {
        await projection.apply(tx, event, tables);
      } catch (error) {
        throw new ProjectionBatchError(projection.name, event, error);
      }
    }
    if (!checkpoint) return;
    if (!(await advanceCheckpoint(tx, projection.name, checkpoint.from, checkpoint.to, checkpoint.events))) {
      throw new CheckpointMovedError(projection.name);
    }
  });
};
