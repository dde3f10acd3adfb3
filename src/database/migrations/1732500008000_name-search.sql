-- Up Migration
-- Trigram similarity for the person registry: names found despite typos, accents and word order.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it without superuser.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Down Migration
DROP EXTENSION IF EXISTS pg_trgm;
