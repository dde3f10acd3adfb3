import { isUuid } from '../common/ids';
import { NewEvent } from './event-store';

/** Both adapters refuse the same malformed appends, before touching the store. */
export const assertAppendable = (stream: string, events: NewEvent[]): void => {
  if (!stream || stream.startsWith('$')) throw new TypeError(`Invalid stream name: "${stream}"`);
  if (events.length === 0) throw new TypeError('An append needs at least one event');
  const ids = new Set<string>();
  for (const event of events) {
    if (!isUuid(event.id)) throw new TypeError(`Event id must be a UUID: "${event.id}"`);
    if (ids.has(event.id.toLowerCase())) throw new TypeError(`Duplicate event id in one append: ${event.id}`);
    ids.add(event.id.toLowerCase());
    if (!event.type) throw new TypeError('Event type is required');
  }
};
