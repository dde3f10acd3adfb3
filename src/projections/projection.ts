import { PoolClient } from 'pg';
import { RecordedEvent } from '../event-store/event-store';
import type { DefinedProjection } from './define/define-projection';

/** A read-model table the projection owns: its DDL takes the table name, so a rebuild can make a shadow copy. */
export interface ProjectionTable {
  name: string;
  /** CREATE TABLE (and unnamed CREATE INDEX) statements for `table`. */
  ddl: (table: string) => string;
}

/** Live or shadow names of a projection's tables, by logical name. */
export type TableNames = Record<string, string>;

/** What the runner needs of any read model: its name, version, the event types it handles and its tables. */
export interface ProjectionBase {
  name: string;
  /** Bump it when a handler or the tables change: the read model is then rebuilt at the next start. */
  version: number;
  handles: readonly string[];
  tables: ProjectionTable[];
}

/**
 * A read model that writes its tables with SQL of its own, one event at a time, through the transaction it is
 * given. It never commits: the runner commits effects and checkpoint together.
 */
export interface SqlProjection extends ProjectionBase {
  apply(tx: PoolClient, event: RecordedEvent, tables: TableNames): Promise<void>;
}

/** Either kind: `defineProjection`'s row handlers (batched, set-based) or per-event SQL. */
export type Projection = SqlProjection | DefinedProjection;

export const liveTables = (projection: Projection): TableNames =>
  Object.fromEntries(projection.tables.map((table) => [table.name, table.name]));

export const shadowTables = (projection: Projection): TableNames =>
  Object.fromEntries(projection.tables.map((table) => [table.name, `${table.name}__shadow`]));

export const PROJECTIONS = Symbol('PROJECTIONS');
