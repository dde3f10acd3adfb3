import { EventStore, Position } from '../event-store/event-store';
import { countEventsAfter } from './event-count';

export interface ProjectionLag {
  /** Events after the checkpoint, without a cap (Postgres counts them; on EventStoreDB they are ordinals of $all). */
  lagEvents: number;
  /** How long the oldest unprocessed event has waited. */
  lagMs: number;
}

export const lagAfter = async (store: EventStore, position: Position | undefined): Promise<ProjectionLag> => {
  let oldest: string | undefined;
  for await (const event of store.readAll({ after: position, maxCount: 1 })) oldest = String(event.metadata.recordedAt ?? '');
  if (oldest === undefined) return { lagEvents: 0, lagMs: 0 };
  const since = Date.parse(oldest);
  return {
    lagEvents: await countEventsAfter(store, position),
    lagMs: Number.isFinite(since) ? Math.max(0, Date.now() - since) : 0,
  };
};
