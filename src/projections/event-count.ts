import { EventStore, Position } from '../event-store/event-store';

/**
 * Events after a position: counted by the store where it can (Postgres: one count(*)).
 * EventStoreDB cannot count $all from a position, so there the events are read, at most `readAtMost` of them.
 */
export const countEventsAfter = async (store: EventStore, after: Position | undefined, readAtMost: number): Promise<number> => {
  if (store.countAfter) return store.countAfter(after);
  let count = 0;
  for await (const _ of store.readAll({ after, maxCount: readAtMost })) count++;
  return count;
};
