-- Up Migration
-- The version of the projection code that built each read model: a projection whose version changed rebuilds at start.
-- Existing read models were built by version 1.
ALTER TABLE projection_checkpoints ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Down Migration
ALTER TABLE projection_checkpoints DROP COLUMN version;
