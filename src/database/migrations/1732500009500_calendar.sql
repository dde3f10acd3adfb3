-- Up Migration
-- Calendar feed tokens (src/calendar). Only a SHA-256 of the token is kept: a leaked database gives no working feed URL.
-- One live token per worker: issuing a new one replaces the row, so the previous URL stops answering at once.

CREATE TABLE calendar_feed_tokens (
  worker_id text PRIMARY KEY,
  token_id uuid NOT NULL,
  token_hash text NOT NULL UNIQUE,
  issued_at timestamptz NOT NULL
);

-- Where a worker wants the deadline digest (workers live in the identity provider, which gives tutela no e-mail).
CREATE TABLE reminder_settings (
  worker_id text PRIMARY KEY,
  email text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- One digest per worker and Rome day, whatever the number of instances or passes: the key is the claim.
CREATE TABLE reminder_digests (
  worker_id text NOT NULL,
  rome_date date NOT NULL,
  sent_at timestamptz,
  due_count integer NOT NULL,
  overdue_count integer NOT NULL,
  PRIMARY KEY (worker_id, rome_date)
);

-- Down Migration
DROP TABLE reminder_digests;
DROP TABLE reminder_settings;
DROP TABLE calendar_feed_tokens;
