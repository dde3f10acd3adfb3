import { Pool, PoolClient } from 'pg';
import { RecordedEvent } from '../../event-store/event-store';
import { TableNames } from '../projection';
import { DefinedProjection, SomeTable, TablesRows } from './define-projection';
import { Row } from './table';
import { KnownRows, rowKey } from './known-rows';
import { PassRows } from './pass-rows';
import { CheckpointMove, TableLoad, TableWrite, loadStatement, writeStatement } from './row-sql';

/** More passes than any handler's chain of lookups: a batch still missing rows after them is a bug. */
const MAX_PASSES = 8;

type Db = Pool | PoolClient;

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
 * One projection's batch: its handlers run in memory over the rows its runner knows; a read of a row nobody has
 * loaded yet is a miss, and the batch runs again once the misses are loaded. Handlers are pure, so a rerun is safe.
 */
export class RowBatchRun {
  private pass: Record<string, PassRows<Row>> = {};
  failure?: ProjectionBatchError;
  missed = false;

  constructor(
    readonly projection: DefinedProjection,
    private readonly events: RecordedEvent[],
    private readonly tables: TableNames,
    readonly memory: ProjectionMemory,
  ) {}

  runPass(): void {
    this.pass = Object.fromEntries(Object.entries(this.memory.tables).map(([name, known]) => [name, new PassRows(known)]));
    this.failure = undefined;
    const handled = new Set(this.projection.handles);
    for (const event of this.events) {
      if (!handled.has(event.type)) continue;
      try {
        this.projection.project(event, this.pass as unknown as TablesRows<Record<string, SomeTable>>);
      } catch (error) {
        this.failure ??= new ProjectionBatchError(this.projection.name, event, error);
      }
    }
    this.missed = Object.values(this.pass).some((rows) => rows.missed);
  }

  loads(): TableLoad[] {
    return Object.values(this.pass)
      .filter((rows) => rows.missed)
      .map((rows) => ({
        table: this.tableName(rows),
        definition: rows.known.definition,
        keys: [...rows.missingKeys.values()],
        where: [...rows.missingWhere].map(([column, values]) => ({ column, values: [...values.values()] })),
      }));
  }

  /** The rows Postgres answered for `loads()`, in its order; every key asked and not found is known absent. */
  absorb(answers: Array<{ load: number; row: Record<string, unknown> }>): void {
    const missed = Object.values(this.pass).filter((rows) => rows.missed);
    for (const { load, row } of answers) {
      const known = missed[load].known;
      const key = rowKey(known.definition, row as never);
      if (!known.rows.has(key)) known.set(key, row as never);
    }
    for (const rows of missed) {
      for (const key of rows.missingKeys.keys()) if (!rows.known.rows.has(key)) rows.known.set(key, null);
      for (const [column, values] of rows.missingWhere) for (const value of values.keys()) rows.known.markComplete(column, value);
    }
  }

  writes(): TableWrite[] {
    return Object.values(this.pass).map((rows) => ({ table: this.tableName(rows), definition: rows.known.definition, ...rows.writes() }));
  }

  /** After the write committed: the runner now knows what Postgres holds. */
  commit(): void {
    for (const rows of Object.values(this.pass)) rows.commit();
    this.memory.trim();
  }

  /** Live or shadow name of a table: the runner's names are keyed by the table's own name. */
  private tableName(rows: PassRows<Row>): string {
    const name = this.tables[rows.known.definition.name];
    if (!name) throw new Error(`no table name given for ${rows.known.definition.name}`);
    return name;
  }
}

/** Runs every batch until none misses a row, loading the misses of all of them in one query per pass. */
export const settle = async (db: Db, runs: RowBatchRun[]): Promise<void> => {
  let pending = runs;
  for (let attempt = 1; pending.length > 0; attempt++) {
    for (const run of pending) run.runPass();
    pending = pending.filter((run) => run.missed);
    if (pending.length === 0) return;
    if (attempt >= MAX_PASSES)
      throw new Error(`projections ${pending.map((r) => r.projection.name)}: rows still missing after ${MAX_PASSES} passes`);
    const loads = pending.map((run) => run.loads());
    const statement = loadStatement(loads.flat());
    const { rows } = await db.query(statement.text, statement.values);
    let offset = 0;
    pending.forEach((run, i) => {
      const first = offset;
      offset += loads[i].length;
      run.absorb(rows.filter((r) => r.t >= first && r.t < offset).map((r) => ({ load: r.t - first, row: r.r })));
    });
  }
};

/**
 * Writes settled batches in one statement, each with its checkpoint when given. Returns, per run, whether its
 * checkpoint moved (always true without one); a run whose checkpoint had moved wrote nothing and forgets its rows.
 */
export const writeRuns = async (db: Db, runs: Array<{ run: RowBatchRun; checkpoint?: CheckpointMove }>): Promise<boolean[]> => {
  const statement = writeStatement(runs.map(({ run, checkpoint }) => ({ writes: run.writes(), checkpoint })));
  const { rows } = await db.query(statement.text, statement.values);
  return runs.map(({ run }, i) => {
    const moved = rows[0][`moved_${i}`] === 1;
    if (moved) run.commit();
    else run.memory.clear();
    return moved;
  });
};

/**
 * Applies a batch to one defined projection: settle, then one statement with the checkpoint.
 * Returns false when the checkpoint had moved (another runner): nothing was written.
 */
export const applyRowBatch = async (
  db: Db,
  projection: DefinedProjection,
  events: RecordedEvent[],
  tables: TableNames,
  memory: ProjectionMemory,
  checkpoint?: CheckpointMove,
): Promise<boolean> => {
  const run = new RowBatchRun(projection, events, tables, memory);
  try {
    await settle(db, [run]);
    if (run.failure) throw run.failure;
    const [moved] = await writeRuns(db, [{ run, checkpoint }]);
    return moved;
  } catch (error) {
    memory.clear();
    throw error;
  }
};
