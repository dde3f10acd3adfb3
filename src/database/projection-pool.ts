import { Pool } from 'pg';
import { createPool } from './pool';

/**
 * Projection workers write on their own connections, so a catch-up never takes the requests' connections.
 * A pool of one connection is a database that takes one (embedded PGlite): the workers share it.
 */
export const projectionPoolFor = (requests: Pool, connectionString: string, size: number): Pool =>
  requests.options.max === 1 ? requests : createPool(connectionString, size);
