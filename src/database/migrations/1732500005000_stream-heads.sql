-- Up Migration
-- The stream row keeps the head's hash beside its revision: an append chains onto it without reading the tail.
ALTER TABLE streams ADD COLUMN head_hash text;
UPDATE streams SET head_hash = events.metadata->>'hash'
  FROM events WHERE events.stream_id = streams.stream_id AND events.stream_revision = streams.revision;

-- Snapshots of long streams: a folded state at a revision, valid only for the decider version that wrote it.
CREATE TABLE stream_snapshots (
  stream_id text PRIMARY KEY,
  decider_version integer NOT NULL,
  revision bigint NOT NULL,
  head_hash text NOT NULL,
  state jsonb NOT NULL,
  taken_at timestamptz NOT NULL DEFAULT now()
);

-- Down Migration
DROP TABLE stream_snapshots;
ALTER TABLE streams DROP COLUMN head_hash;
