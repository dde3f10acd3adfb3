import { UTF8_BOM, csvRow } from '../../common/csv';
import { EventSource, ExportedEvent } from '../audit-trail.types';
import { canonicalJson } from '../verify/audit-core';

const HEADER = [
  'stream',
  'revision',
  'event_id',
  'type',
  'occurred_at',
  'recorded_at',
  'actor_id',
  'actor_role',
  'entry_kinds',
  'data',
  'metadata',
  'prev_hash',
  'hash',
];

const entryKinds = (event: ExportedEvent): string =>
  event.entryKinds.map((e) => e.kind + (e.statedBy ? ` (${e.statedBy})` : '') + (e.method ? ` [${e.method}]` : '')).join('; ');

/**
 * One row per event in range, UTF-8 with a BOM so spreadsheets read accents. data and metadata are canonical JSON,
 * so each row's hash can be recomputed: sha256(prev_hash + {"data":…,"metadata":…minus hash,"type":…}).
 */
export async function* auditTrailCsv(events: EventSource): AsyncGenerator<string> {
  yield `${UTF8_BOM}${csvRow(HEADER)}`;
  for await (const event of events()) {
    if (!event.inRange) continue;
    const { metadata } = event;
    yield csvRow([
      event.stream,
      String(event.revision),
      event.id,
      event.type,
      metadata.occurredAt,
      metadata.recordedAt,
      metadata.actor.id,
      metadata.actor.role,
      entryKinds(event),
      canonicalJson(event.data),
      canonicalJson(metadata),
      metadata.prevHash,
      metadata.hash,
    ]);
  }
}
