import { Pool, PoolClient } from 'pg';
import { AppendResult, NewEvent, RememberedAnswer } from '../event-store';
import { encodePosition } from './postgres-position';

/** The unnest arrays of one append, in order. */
export const eventArrays = (events: NewEvent[]) => [
  events.map((event) => event.id),
  events.map((event) => event.type),
  events.map((event) => JSON.stringify(event.data ?? null)),
  events.map((event) => JSON.stringify(event.metadata ?? {})),
];

export const headHashOf = (events: NewEvent[]): string | null => {
  const hash = events[events.length - 1].metadata.hash;
  return typeof hash === 'string' ? hash : null;
};

/**
 * One statement, so one round trip and one commit: move the stream row from the expected revision to the new head
 * (its row lock serialises writers), insert the events only if it moved, and keep the Idempotency-Key's answer.
 * No row comes back when the stream was not at the expected revision (-1: no stream).
 */
const CREATE_HEAD = `
  INSERT INTO streams AS s (stream_id, revision, head_hash) VALUES ($1, $2::bigint + cardinality($3::uuid[]), $7)
  ON CONFLICT (stream_id) DO UPDATE SET revision = EXCLUDED.revision, head_hash = EXCLUDED.head_hash
    WHERE s.revision = $2::bigint
  RETURNING s.revision`;

const MOVE_HEAD = `
  UPDATE streams SET revision = $2::bigint + cardinality($3::uuid[]), head_hash = $7
   WHERE stream_id = $1 AND revision = $2::bigint
  RETURNING revision`;

const appendAfter = (head: string) => `
WITH head AS (${head}
), appended AS (
  INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata)
  SELECT e.id, $1, $2::bigint + e.ordinality, e.type, e.data, e.metadata
    FROM unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ordinality)
   WHERE EXISTS (SELECT 1 FROM head)
   ORDER BY e.ordinality
  RETURNING transaction_id, global_position
), last AS (
  SELECT transaction_id::text AS transaction_id, global_position::text AS global_position,
         (SELECT revision FROM head) AS revision
    FROM appended ORDER BY global_position DESC LIMIT 1
), remembered AS (
  -- The position's text form is encodePosition's: "<transaction id>-<global position>".
  INSERT INTO idempotency_keys (actor_id, key, request_hash, state, status, headers, body)
  SELECT $8, $9, $10, 'done', $11::integer,
         $12::jsonb || jsonb_build_object('etag', '"' || last.revision || '"'),
         $13::jsonb || jsonb_build_object('revision', last.revision, 'position', last.transaction_id || '-' || last.global_position)
    FROM last WHERE $9::text IS NOT NULL
  RETURNING 1
)
SELECT transaction_id, global_position, revision::text, (SELECT count(*) FROM remembered)::int AS remembered FROM last`;

const APPEND_TO_NEW_STREAM = appendAfter(CREATE_HEAD);
const APPEND_AT_REVISION = appendAfter(MOVE_HEAD);

interface AppendedRow {
  transaction_id: string;
  global_position: string;
  revision: string;
  remembered: number;
}

/** Appends at an exact revision (-1n: the stream must not exist); undefined when the stream was elsewhere. */
export const appendAtRevision = async (
  db: Pool | PoolClient,
  stream: string,
  events: NewEvent[],
  expected: bigint,
  remember: RememberedAnswer | undefined,
): Promise<AppendResult | undefined> => {
  const { rows } = await db.query<AppendedRow>(expected < 0n ? APPEND_TO_NEW_STREAM : APPEND_AT_REVISION, [
    stream,
    expected.toString(),
    ...eventArrays(events),
    headHashOf(events),
    remember?.actorId ?? null,
    remember?.key ?? null,
    remember?.requestHash ?? null,
    remember?.status ?? null,
    JSON.stringify(remember?.headers ?? {}),
    JSON.stringify(remember?.body ?? {}),
  ]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    nextRevision: BigInt(row.revision),
    position: encodePosition(row.transaction_id, row.global_position),
    remembered: row.remembered > 0,
  };
};
