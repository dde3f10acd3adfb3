import { EventStore, Position } from '../event-store/event-store';
import { countEventsAfter } from './event-count';

export interface ProjectionLag {
  /** Events after the checkpoint (on EventStoreDB, read and counted up to LAG_READ_CAP). */
  lagEvents: number;
  /** How long the oldest unprocessed event has waited. */
  lagMs: number;
}

/** Bounds the read that counts lag where the store cannot count (EventStoreDB). */
export const LAG_READ_CAP = 10000;

export const lagAfter = async (store: EventStore, position: Position | undefined): Promise<ProjectionLag> => {
  let oldest: string | undefined;
  for await (const event of store.readAll({ after: position, maxCount: 1 })) oldest = String(event.metadata.recordedAt ?? '');
  if (oldest === undefined) return { lagEvents: 0, lagMs: 0 };
  const since = Date.parse(oldest);
  return {
    lagEvents: await countEventsAfter(store, position, LAG_READ_CAP),
    lagMs: Number.isFinite(since) ? Math.max(0, Date.now() - since) : 0,
  };
};
