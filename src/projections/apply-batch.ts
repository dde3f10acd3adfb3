import { Pool } from 'pg';
import { Position, RecordedEvent } from '../event-store/event-store';
import { inTransaction } from '../database/transaction';
import { advanceCheckpoint } from './checkpoints';
import { Projection, TableNames } from './projection';

export class ProjectionHandlerError extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    cause: unknown,
  ) {
    super(
      `projection ${projection} failed on event ${event.id} (${event.type} @ ${event.stream}#${event.revision}): ${(cause as Error)?.message ?? cause}`,
      { cause },
    );
    this.name = 'ProjectionHandlerError';
  }
}

export class CheckpointMovedError extends Error {
  constructor(projection: string) {
    super(`projection ${projection}: another runner moved the checkpoint; stepping back`);
    this.name = 'CheckpointMovedError';
  }
}

/** Applies the handled events of a batch in one transaction; with `checkpoint`, moves it in the same commit. */
export const applyBatch = async (
  pool: Pool,
  projection: Projection,
  events: RecordedEvent[],
  tables: TableNames,
  checkpoint?: { from: Position | undefined },
): Promise<void> => {
  const handled = new Set(projection.handles);
  if (checkpoint && !events.some((event) => handled.has(event.type))) {
    // Nothing to write but the checkpoint: one statement, no transaction around it.
    const moved = await advanceCheckpoint(pool, projection.name, checkpoint.from, events[events.length - 1].position, events.length);
    if (!moved) throw new CheckpointMovedError(projection.name);
    return;
  }
  await inTransaction(pool, async (tx) => {
    for (const event of events) {
      if (!handled.has(event.type)) continue;
      try {
        await projection.apply(tx, event, tables);
      } catch (error) {
        throw new ProjectionHandlerError(projection.name, event, error);
      }
    }
    if (!checkpoint) return;
    const last = events[events.length - 1];
    const moved = await advanceCheckpoint(tx, projection.name, checkpoint.from, last.position, events.length);
    if (!moved) throw new CheckpointMovedError(projection.name);
  });
};
