import { readableBy } from '../cases/confidentiality/sealed-entries';
import { EventLog } from '../event-store/event-log';
import { RecordedEvent } from '../event-store/event-store';
import { revisionCursor } from './pagination';

/**
 * One stored event as the API serves it: every metadata field beside revision, id, type and data. So every field the
 * hash covers is served, whatever a later schema adds (docs/audit-trail.md §1).
 */
export interface ServedEvent {
  revision: number;
  id: string;
  type: string;
  data: unknown;
  occurredAt: string;
  recordedAt: string;
  actor: { id: string; role: string };
  correlationId: string;
  causationId: string;
  schemaVersion: number;
  hash: string;
  prevHash: string;
  [metadata: string]: unknown;
}

export interface ServedEventsPage {
  items: ServedEvent[];
  /** The cursor of the next page, or null at the end of the stream. */
  next: string | null;
}

export const toServedEvent = ({ revision, id, type, data, metadata }: RecordedEvent): ServedEvent =>
  ({ ...metadata, revision: Number(revision), id, type, data }) as ServedEvent;

/**
 * A page of a stream's events; undefined when the stream does not exist. readerRole: restricted entries of another
 * discipline are served as their digests (clinical confidentiality); the chain still verifies.
 */
export const readEventsPage = async (
  log: EventLog,
  stream: string,
  from: bigint,
  limit: number,
  readerRole?: string,
): Promise<ServedEventsPage | undefined> => {
  const read: RecordedEvent[] = [];
  for await (const event of log.store.readStream(stream, { fromRevision: from, maxCount: limit + 1 })) read.push(event);
  if (read.length === 0 && !(await streamExists(log, stream))) return undefined;
  const readable = (event: RecordedEvent) =>
    readerRole === undefined ? event : { ...event, data: readableBy(readerRole, event.data).data };
  return {
    items: read.slice(0, limit).map((event) => toServedEvent(readable(event))),
    next: revisionCursor(read.length > limit ? read[limit].revision : null),
  };
};

const streamExists = async (log: EventLog, stream: string): Promise<boolean> => {
  for await (const _ of log.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) return true;
  return false;
};
