import { Pool, PoolClient } from 'pg';
import { RecordedEvent } from '../../event-store/event-store';
import { TableNames } from '../projection';
import { DefinedProjection, TablesRows } from './define-projection';
import { KnownRows, rowKey } from './known-rows';
import { PassRows } from './pass-rows';
import { CheckpointMove, TableLoad, loadStatement, writeStatement } from './row-sql';

/** More passes than any handler's chain of lookups: a batch still missing rows after them is a bug. */
const MAX_PASSES = 8;

/** What a projection's runner knows of its tables between batches, up to a number of rows. */
export class ProjectionMemory {
  readonly tables: Record<string, KnownRows>;

  constructor(
    projection: DefinedProjection,
    private readonly maxRows: number,
  ) {
    this.tables = Object.fromEntries(Object.entries(projection.definitions).map(([name, def]) => [name, new KnownRows(def)]));
  }

  /** Forgets everything: after a failure, a rebuild, or when it grows past its bound. */
  clear(): void {
    for (const known of Object.values(this.tables)) known.clear();
  }

  trim(): void {
    const size = Object.values(this.tables).reduce((sum, known) => sum + known.size, 0);
    if (size > this.maxRows) this.clear();
  }
}

export class ProjectionBatchError extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    cause: unknown,
  ) {
    super(`projection ${projection} failed on event ${event.id} (${event.type} @ ${event.stream}#${event.revision}): ${messageOf(cause)}`, {
      cause,
    });
    this.name = 'ProjectionHandlerError';
  }
}

const messageOf = (cause: unknown) => (cause instanceof Error ? cause.message : String(cause));

/**
 * Applies a batch to a defined projection: handlers run in memory over known rows; rows they miss are loaded
 * in one query and the batch runs again; then every change is written in one statement, with the checkpoint.
 * Returns false when the checkpoint had moved (another runner): nothing was written.
 */
export const applyRowBatch = async (
  db: Pool | PoolClient,
  projection: DefinedProjection,
  events: RecordedEvent[],
  tables: TableNames,
  memory: ProjectionMemory,
  checkpoint?: CheckpointMove,
): Promise<boolean> => {
  const handled = new Set(projection.handles);
  const relevant = events.filter((event) => handled.has(event.type));
  try {
    const pass = await settledPass(db, projection, relevant, tables, memory);
    const writes = Object.values(pass).map((rows) => ({
      table: tableName(tables, rows),
      definition: rows.known.definition,
      ...rows.writes(),
    }));
    const statement = writeStatement(writes, checkpoint);
    const { rows } = await db.query(statement.text, statement.values);
    if (checkpoint && rows[0].moved !== 1) {
      memory.clear();
      return false;
    }
    for (const rowsOfTable of Object.values(pass)) rowsOfTable.commit();
    memory.trim();
    return true;
  } catch (error) {
    memory.clear();
    throw error;
  }
};

const settledPass = async (
  db: Pool | PoolClient,
  projection: DefinedProjection,
  events: RecordedEvent[],
  tables: TableNames,
  memory: ProjectionMemory,
): Promise<Record<string, PassRows<any>>> => {
  for (let attempt = 1; ; attempt++) {
    const pass = Object.fromEntries(Object.entries(memory.tables).map(([name, known]) => [name, new PassRows(known)]));
    let failure: ProjectionBatchError | undefined;
    for (const event of events) {
      try {
        projection.project(event, pass as TablesRows<any>);
      } catch (error) {
        failure ??= new ProjectionBatchError(projection.name, event, error);
      }
    }
    const missed = Object.values(pass).some((rows) => rows.missed);
    if (!missed) {
      if (failure) throw failure;
      return pass;
    }
    if (attempt >= MAX_PASSES) throw new Error(`projection ${projection.name}: rows still missing after ${MAX_PASSES} passes`);
    await loadMissing(db, pass, tables);
  }
};

const loadMissing = async (db: Pool | PoolClient, pass: Record<string, PassRows<any>>, tables: TableNames): Promise<void> => {
  const named = Object.entries(pass).filter(([, rows]) => rows.missed);
  const loads: TableLoad[] = named.map(([, rows]) => ({
    table: tableName(tables, rows),
    definition: rows.known.definition,
    keys: [...rows.missingKeys.values()],
    where: [...rows.missingWhere].map(([column, values]) => ({ column, values: [...values.values()] })),
  }));
  const statement = loadStatement(loads);
  const { rows: answers } = await db.query(statement.text, statement.values);
  for (const answer of answers) {
    const known = named[answer.t][1].known;
    const key = rowKey(known.definition, answer.r);
    if (!known.rows.has(key)) known.set(key, answer.r);
  }
  for (const [, rows] of named) {
    for (const key of rows.missingKeys.keys()) if (!rows.known.rows.has(key)) rows.known.set(key, null);
    for (const [column, values] of rows.missingWhere) for (const value of values.keys()) rows.known.markComplete(column, value);
  }
};

/** Live or shadow name of a table: the runner's names are keyed by the table's own name. */
const tableName = (tables: TableNames, rows: PassRows<any>): string => {
  const name = tables[rows.known.definition.name];
  if (!name) throw new Error(`no table name given for ${rows.known.definition.name}`);
  return name;
};
