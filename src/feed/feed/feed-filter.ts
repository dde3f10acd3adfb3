import { InvalidInputError } from '../../common/domain-error';
import { EventStore, Position } from '../../event-store/event-store';
import { IntegrationEvent } from '../integration-events/integration-event';
import { INTEGRATION_EVENT_TYPES } from '../integration-events/publish';

/** Which public events a consumer asked for; every one when it named no types. */
export type WantedEvents = (event: IntegrationEvent) => boolean;

/** A cursor is a position this store gave out; anything else is refused before a single event is read. */
export const parseCursor = (store: EventStore, cursor: string | undefined): Position | undefined => {
  if (cursor === undefined) return undefined;
  try {
    store.comparePositions(cursor, cursor);
  } catch {
    throw new InvalidInputError('INVALID_CURSOR', 'The cursor is not a position this feed gave out: pass a next, position or id as is');
  }
  return cursor;
};

/** `types=a.v1,b.v1`: an unknown or misspelt type is refused, so a consumer never waits forever for events that cannot come. */
export const parseTypes = (types: string | undefined): WantedEvents => {
  if (types === undefined) return () => true;
  const named = types.split(',').map((type) => type.trim());
  const unknown = named.filter((type) => !INTEGRATION_EVENT_TYPES.includes(type));
  if (unknown.length > 0) {
    throw new InvalidInputError('UNKNOWN_EVENT_TYPE', `Unknown event type: ${unknown.map((type) => `"${type}"`).join(', ')}`, {
      unknownTypes: unknown,
      validTypes: INTEGRATION_EVENT_TYPES,
    });
  }
  const wanted = new Set(named);
  return (event) => wanted.has(event.type);
};
