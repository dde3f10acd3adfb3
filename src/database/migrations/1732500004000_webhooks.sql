-- Up Migration
-- Integrators' webhook subscriptions (src/feed/webhooks). types is sorted and distinct, so a duplicate is caught by the key.
CREATE TABLE webhook_subscriptions (
  id uuid PRIMARY KEY,
  owner_id text NOT NULL,
  url text NOT NULL,
  types text[] NOT NULL,
  secret text NOT NULL,
  -- Events after this store position are delivered (the head at creation); NULL: from the first event.
  starts_after text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner_id, url, types)
);

-- One row per event and subscription; the sender sends the earliest unsent row of each order_key (a case, a family) first.
CREATE TABLE webhook_deliveries (
  id uuid PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_id text NOT NULL,
  position text NOT NULL,
  order_key text NOT NULL,
  type text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'parked')),
  attempts integer NOT NULL DEFAULT 0,
  -- While an attempt is in flight this is its lease: the row is due again only if the sender died.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claim_id uuid,
  last_status integer,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_deliveries_unsent ON webhook_deliveries (subscription_id, order_key, seq) WHERE status <> 'delivered';
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, seq DESC);

-- The fan-out's checkpoint: the last store position turned into deliveries (NULL: none yet).
CREATE TABLE webhook_fan_out (
  name text PRIMARY KEY,
  position text
);
INSERT INTO webhook_fan_out (name, position) VALUES ('fan-out', NULL);

-- Down Migration
DROP TABLE webhook_fan_out;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_subscriptions;
