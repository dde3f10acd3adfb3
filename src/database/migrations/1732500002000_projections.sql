-- Up Migration
-- Each projection's position in the event store, committed with its effects (exactly-once effect).
CREATE TABLE projection_checkpoints (
  name text PRIMARY KEY,
  position text,
  events_seen bigint NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  last_error_event_id text,
  last_error_at timestamptz
);

-- Rebuild requests and their progress, written by whichever process runs the rebuild.
CREATE TABLE projection_rebuilds (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  state text NOT NULL CHECK (state IN ('requested', 'running', 'done', 'failed')),
  events_done bigint NOT NULL DEFAULT 0,
  events_total bigint,
  error text,
  requested_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX projection_rebuilds_open ON projection_rebuilds (name) WHERE state IN ('requested', 'running');

-- Down Migration
DROP TABLE projection_rebuilds;
DROP TABLE projection_checkpoints;
