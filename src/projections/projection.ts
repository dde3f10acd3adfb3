import { PoolClient } from 'pg';
import { RecordedEvent } from '../event-store/event-store';

/** A read-model table the projection owns: its DDL takes the table name, so a rebuild can make a shadow copy. */
export interface ProjectionTable {
  name: string;
  /** CREATE TABLE (and unnamed CREATE INDEX) statements for `table`. */
  ddl: (table: string) => string;
}

/** Live or shadow names of a projection's tables, by logical name. */
export type TableNames = Record<string, string>;

/**
 * A projection is a name, the event types it handles, and a handler that writes its tables
 * through the transaction it is given. It never commits: the runner commits effects and checkpoint together.
 */
export interface Projection {
  name: string;
  /** Bump it when apply or the tables change: the read model is then rebuilt at the next start. */
  version: number;
  handles: readonly string[];
  tables: ProjectionTable[];
  apply(tx: PoolClient, event: RecordedEvent, tables: TableNames): Promise<void>;
}

export const liveTables = (projection: Projection): TableNames =>
  Object.fromEntries(projection.tables.map((table) => [table.name, table.name]));

export const shadowTables = (projection: Projection): TableNames =>
  Object.fromEntries(projection.tables.map((table) => [table.name, `${table.name}__shadow`]));

export const PROJECTIONS = Symbol('PROJECTIONS');
