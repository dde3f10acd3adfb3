-- Up Migration
-- Every audit signing key ever used, so that bundles signed before a rotation still verify (GET /audit/keys).
CREATE TABLE audit_signing_keys (
  key_id text PRIMARY KEY,
  public_pem text NOT NULL,
  public_jwk jsonb NOT NULL,
  first_used_at timestamptz NOT NULL DEFAULT now()
);

-- Signed checkpoints of every stream head (docs/audit-trail.md): a Merkle root, its signature and its leaves.
CREATE TABLE audit_checkpoints (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id uuid NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  tree_size integer NOT NULL,
  root_hash text NOT NULL,
  document jsonb NOT NULL,
  leaves jsonb NOT NULL
);

-- The highest head any checkpoint saw per stream: the server compares what it stores now against it.
CREATE TABLE audit_checkpoint_heads (
  stream text PRIMARY KEY,
  revision bigint NOT NULL,
  head_hash text NOT NULL,
  checkpoint_id uuid NOT NULL,
  checkpoint_created_at timestamptz NOT NULL
);

-- The same guard as the events table: checkpoints and published keys are records, never edited.
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION events_are_immutable();
CREATE TRIGGER audit_signing_keys_no_update BEFORE UPDATE OR DELETE ON audit_signing_keys
  FOR EACH ROW EXECUTE FUNCTION events_are_immutable();

-- Down Migration
DROP TABLE audit_checkpoint_heads;
DROP TABLE audit_checkpoints;
DROP TABLE audit_signing_keys;
