import { AllStreamResolvedEvent, JSONEventType, ResolvedEvent, jsonEvent } from '@eventstore/db-client';
import { EventMetadata, NewEvent, RecordedEvent } from '../event-store';
import { encodeEsdbPosition, knownPosition } from './eventstoredb-position';

export const toJsonEvent = (event: NewEvent) =>
  jsonEvent<JSONEventType>({
    id: event.id,
    type: event.type,
    // JSON.stringify(undefined) is not JSON; store null like the Postgres adapter does.
    data: (event.data ?? null) as JSONEventType['data'],
    metadata: event.metadata ?? {},
  });

/** `$`-prefixed streams and types belong to EventStoreDB itself, never to the app. */
export const isSystemEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): boolean => {
  const event = resolved.event;
  return !event || event.streamId.startsWith('$') || event.type.startsWith('$');
};

export const toRecordedEvent = (resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent => {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB sent a read result without an event');
  const position = knownPosition(event.position);
  if (!position) {
    throw new Error(
      `EventStoreDB sent no $all position for ${event.streamId}@${event.revision}; a server of version 22.6 or later is needed`,
    );
  }
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON`);
  return {
    id: event.id,
    stream: event.streamId,
    revision: event.revision,
    position: encodeEsdbPosition(position),
    type: event.type,
    data: event.data,
    metadata: (event.metadata ?? {}) as EventMetadata,
  };
};
