import { EventStore, Position } from '../../event-store/event-store';
import { IntegrationEvent } from '../integration-events/integration-event';
import { toIntegrationEvent } from '../integration-events/publish';
import { WantedEvents } from './feed-filter';

export interface FeedPage {
  items: IntegrationEvent[];
  /** The position of the last event read, published or not: null only when nothing came after the cursor. */
  next: Position | null;
}

/** At most this many stored events are read for one page, so a rare type cannot turn one request into a full replay. */
export const FEED_SCAN_LIMIT = 10_000;

/** One page of the feed in the store's commit-safe global order. */
export const readFeedPage = async (
  store: EventStore,
  request: { after?: Position; limit: number; wanted: WantedEvents },
): Promise<FeedPage> => {
  const items: IntegrationEvent[] = [];
  let next: Position | null = null;
  for await (const event of store.readAll({ after: request.after, maxCount: Math.max(request.limit, FEED_SCAN_LIMIT) })) {
    // Filtered-out and internal events still move the cursor: a filtered consumer never reads them again.
    next = event.position;
    const published = toIntegrationEvent(event);
    if (published && request.wanted(published)) items.push(published);
    if (items.length === request.limit) break;
  }
  return { items, next };
};
