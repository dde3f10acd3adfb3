import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';

export interface RebuildProgress {
  id: string;
  name: string;
  state: 'requested' | 'running' | 'done' | 'failed';
  eventsDone: number;
  eventsTotal: number | null;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A rebuild's progress as its row in projection_rebuilds tells it; undefined when there is no such rebuild. */
export class ReadRebuild extends Query<RebuildProgress | undefined> {
  constructor(readonly id: string) {
    super();
  }
}

@QueryHandler(ReadRebuild)
export class ReadRebuildHandler implements IQueryHandler<ReadRebuild, RebuildProgress | undefined> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ id }: ReadRebuild): Promise<RebuildProgress | undefined> {
    const { rows } = await this.pool.query(
      `SELECT id, name, state, events_done::int AS done, events_total::int AS total, error, started_at, finished_at
       FROM projection_rebuilds WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      state: row.state,
      eventsDone: row.done,
      eventsTotal: row.total,
      error: row.error,
      startedAt: row.started_at ? new Date(row.started_at).toISOString() : null,
      finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
    };
  }
}

/** "[##########··········]  1200/2400 events  830 ev/s" */
export const progressLine = (progress: RebuildProgress, elapsedMs: number): string => {
  const total = progress.eventsTotal ?? 0;
  const ratio = total > 0 ? Math.min(1, progress.eventsDone / total) : progress.state === 'done' ? 1 : 0;
  const width = 30;
  const filled = Math.round(ratio * width);
  const rate = elapsedMs > 0 ? Math.round((progress.eventsDone * 1000) / elapsedMs) : 0;
  return `${progress.name.padEnd(16)} [${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${progress.eventsDone}/${total} events  ${rate} ev/s  ${progress.state}`;
};
