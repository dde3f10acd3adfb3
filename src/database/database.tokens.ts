export const PG_POOL = Symbol('PG_POOL');
/** The connection string in use (DATABASE_URL, or the embedded server's), for dedicated connections. */
export const DATABASE_URL = Symbol('DATABASE_URL');
