import { Pool, PoolClient } from 'pg';

/**
 * Runs work in one transaction on one pooled client, and never leaves that client idle in a transaction.
 * Inside, use only the client given: on embedded PGlite another pooled query would wait for ever.
 */
export const inTransaction = async <T>(pool: Pool, work: (tx: PoolClient) => Promise<T>): Promise<T> => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
};
