import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { StreamLeaf } from '../verify/audit-core';
import type { CheckpointWithLeaves, SignedCheckpoint } from './checkpoints';

const readCheckpoint = async (pool: Pool, where: string, params: unknown[]): Promise<CheckpointWithLeaves | undefined> => {
  const { rows } = await pool.query<{ document: SignedCheckpoint; leaves: StreamLeaf[] }>(
    `SELECT document, leaves FROM audit_checkpoints ${where} ORDER BY seq DESC LIMIT 1`,
    params,
  );
  return rows[0] && { checkpoint: rows[0].document, leaves: rows[0].leaves };
};

/** The newest checkpoint: recordCheckpoint compares its root with it (command side); controllers ask ReadLatestCheckpoint. */
export const latestCheckpoint = (pool: Pool) => readCheckpoint(pool, '', []);

/** The newest signed checkpoint with all its leaves, undefined before the first. */
export class ReadLatestCheckpoint extends Query<CheckpointWithLeaves | undefined> {}

@QueryHandler(ReadLatestCheckpoint)
export class ReadLatestCheckpointHandler implements IQueryHandler<ReadLatestCheckpoint, CheckpointWithLeaves | undefined> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(_query: ReadLatestCheckpoint): Promise<CheckpointWithLeaves | undefined> {
    return latestCheckpoint(this.pool);
  }
}

/** One signed checkpoint with all its leaves, undefined when no checkpoint has that id. */
export class ReadCheckpoint extends Query<CheckpointWithLeaves | undefined> {
  constructor(readonly checkpointId: string) {
    super();
  }
}

@QueryHandler(ReadCheckpoint)
export class ReadCheckpointHandler implements IQueryHandler<ReadCheckpoint, CheckpointWithLeaves | undefined> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute({ checkpointId }: ReadCheckpoint): Promise<CheckpointWithLeaves | undefined> {
    return readCheckpoint(this.pool, 'WHERE id = $1', [checkpointId]);
  }
}
