import { AsyncLocalStorage } from 'node:async_hooks';
import { Server } from 'node:http';
import { Pool, PoolClient } from 'pg';

const inRequest = new AsyncLocalStorage<true>();
const scoped = new WeakSet<Server>();

/**
 * Marks the work of every request this server handles, so that a count leaves out the background
 * (projections, the webhook fan-out, schedulers) that shares the pool.
 */
export const scopeRequests = (server: Server): void => {
  if (scoped.has(server)) return;
  scoped.add(server);
  const listeners = server.listeners('request') as Array<(...args: unknown[]) => void>;
  server.removeAllListeners('request');
  server.on('request', (...args: unknown[]) => inRequest.run(true, () => listeners.forEach((listener) => listener.apply(server, args))));
};

export interface QueryCount {
  /** Every statement sent, in order. */
  statements: string[];
  /** Round trips to the database. */
  roundTrips: number;
  /** Transactions committed: COMMITs, and writes sent outside a transaction (each commits alone). */
  commits: number;
  stop(): void;
}

const WRITE = /\b(INSERT|UPDATE|DELETE)\b/i;
const textOf = (query: unknown): string => (typeof query === 'string' ? query : String((query as { text?: string })?.text ?? ''));

/** Runs in-process work as if a request of a scoped server did it, so that a scoped count sees its queries. */
export const asARequest = <T>(work: () => Promise<T>): Promise<T> => inRequest.run(true, work);

/** Wraps the pool's clients and counts what they send until stopped (with a scoped server: only for its requests). */
export const countQueries = (pool: Pool, requestsOf?: Server): QueryCount => {
  if (requestsOf) scopeRequests(requestsOf);
  const count: QueryCount = { statements: [], roundTrips: 0, commits: 0, stop: () => undefined };
  let counting = true;
  const inTransaction = new WeakSet<PoolClient>();
  const record = (text: string, client?: PoolClient) => {
    if (!counting || (requestsOf && !inRequest.getStore())) return;
    const statement = text.trim();
    count.statements.push(statement.replace(/\s+/g, ' ').slice(0, 120));
    count.roundTrips++;
    if (/^BEGIN/i.test(statement) && client) inTransaction.add(client);
    else if (/^(COMMIT|ROLLBACK)/i.test(statement) && client) {
      inTransaction.delete(client);
      if (/^COMMIT/i.test(statement)) count.commits++;
    } else if (!(client && inTransaction.has(client)) && WRITE.test(statement)) count.commits++;
  };
  // pool.query borrows a client too: counting at the clients counts everything once.
  const wrapped = new WeakSet<PoolClient>();
  const wrap = (client: PoolClient): PoolClient => {
    if (wrapped.has(client)) return client;
    wrapped.add(client);
    const clientQuery = client.query;
    client.query = function (this: PoolClient, ...args: unknown[]) {
      record(textOf(args[0]), client);
      return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as PoolClient['query'];
    return client;
  };
  const poolConnect = pool.connect;
  pool.connect = function (this: Pool, callback?: (error: Error | undefined, client?: PoolClient, done?: unknown) => void) {
    if (callback) {
      return (poolConnect as (cb: typeof callback) => void).call(this, (error, client, done) =>
        callback(error, client && wrap(client), done),
      );
    }
    return (poolConnect as () => Promise<PoolClient>).call(this).then(wrap);
  } as Pool['connect'];
  count.stop = () => {
    counting = false;
    pool.connect = poolConnect;
  };
  return count;
};
