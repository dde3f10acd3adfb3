export const PG_POOL = Symbol('PG_POOL');
/** The projection workers' pool: their own connections on a server, the one shared connection when embedded. */
export const PROJECTION_POOL = Symbol('PROJECTION_POOL');
/** The connection string in use (DATABASE_URL, or the embedded server's), for dedicated connections. */
export const DATABASE_URL = Symbol('DATABASE_URL');
