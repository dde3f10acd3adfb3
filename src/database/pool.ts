import { Pool } from 'pg';

/**
 * With embedded PGlite use max = 1: its socket interleaves the extended-protocol messages of
 * concurrent connections ("unnamed prepared statement does not exist"), so one connection it is.
 *
 * A pg pool that never crashes the process on an idle client's error, and never waits for ever. */
export const createPool = (connectionString: string, max = 10): Pool => {
  const pool = new Pool({
    connectionString,
    max,
    // One embedded connection queues callers here; a transaction may hold it for a while.
    connectionTimeoutMillis: max === 1 ? 30000 : 5000,
    idleTimeoutMillis: 30000,
    // A connection left idle inside a transaction holds every subscriber back (DESIGN §5).
    idle_in_transaction_session_timeout: 60000,
  });
  pool.on('error', (error) => console.error(`postgres pool: idle client error: ${error.message}`));
  return pool;
};
