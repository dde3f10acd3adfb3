import { RecordedEvent } from '../event-store';
import { encodePosition } from './postgres-position';

// Cast to text for exact bigints in JS; ORDER BY must name events.<column>, not these text aliases.
export const EVENT_COLUMNS =
  'event_id, stream_id, stream_revision::text, transaction_id::text, global_position::text, type, data, metadata';

export interface EventRow {
  event_id: string;
  stream_id: string;
  stream_revision: string;
  transaction_id: string;
  global_position: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export const toRecordedEvent = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  stream: row.stream_id,
  revision: BigInt(row.stream_revision),
  position: encodePosition(row.transaction_id, row.global_position),
  type: row.type,
  data: row.data,
  metadata: row.metadata,
});
