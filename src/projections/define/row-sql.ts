import { Position } from '../../event-store/event-store';
import { ColumnValue, Row, TableDefinition, identifier } from './table';

export interface Statement {
  text: string;
  values: unknown[];
}

export interface TableLoad {
  table: string;
  definition: TableDefinition;
  keys: Partial<Row>[];
  where: Array<{ column: string; values: ColumnValue[] }>;
}

export interface TableWrite {
  table: string;
  definition: TableDefinition;
  deletes: Partial<Row>[];
  puts: Row[];
}

export interface CheckpointMove {
  name: string;
  from: Position | undefined;
  to: Position;
  events: number;
}

/** Rows of a JSON array parameter, typed as the table's row: one parameter carries any number of rows. */
const rowsOf = (table: string, parameter: string) => `jsonb_populate_recordset(NULL::${identifier(table)}, ${parameter}::jsonb)`;

const columnList = (columns: readonly string[], alias: string) => columns.map((c) => `${alias}.${identifier(c)}`).join(', ');

/** Every missing row of every table of a batch, in one round trip: each answer row says which request it is for. */
export const loadStatement = (loads: TableLoad[]): Statement => {
  const parts: string[] = [];
  const values: unknown[] = [];
  loads.forEach((load, index) => {
    const source = `SELECT ${index} AS t, to_jsonb(x) AS r FROM ${identifier(load.table)} x`;
    if (load.keys.length > 0) {
      values.push(JSON.stringify(load.keys));
      const key = load.definition.key;
      parts.push(
        `${source} WHERE (${columnList(key, 'x')}) IN (SELECT ${columnList(key, 'k')} FROM ${rowsOf(load.table, `$${values.length}`)} k)`,
      );
    }
    for (const where of load.where) {
      values.push(JSON.stringify(where.values.map((value) => ({ [where.column]: value }))));
      const column = identifier(where.column);
      parts.push(`${source} WHERE x.${column} IN (SELECT k.${column} FROM ${rowsOf(load.table, `$${values.length}`)} k)`);
    }
  });
  return { text: parts.join('\nUNION ALL\n'), values };
};

/** One projection's part of a write: its tables' changes, and its checkpoint when it is live. */
export interface WritePart {
  writes: TableWrite[];
  checkpoint?: CheckpointMove;
}

/**
 * A batch's writes as one statement: per table one DELETE and one INSERT … ON CONFLICT DO UPDATE, each fed by a
 * JSON array of rows. Several projections may share the statement: each part's checkpoint moves in it and gates
 * that part's writes, so a part whose checkpoint another runner moved writes nothing (its `moved_<i>` is 0).
 */
export const writeStatement = (parts: WritePart[]): Statement => {
  const values: unknown[] = [];
  const ctes: string[] = [];
  const results: string[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  parts.forEach((part, p) => {
    let gate = '';
    if (part.checkpoint) {
      const { name, from, to, events } = part.checkpoint;
      ctes.push(`cp${p} AS (UPDATE projection_checkpoints SET position = ${param(to)}, events_seen = events_seen + ${param(events)},
          updated_at = now(), last_error = NULL, last_error_event_id = NULL, last_error_at = NULL
        WHERE name = ${param(name)} AND position IS NOT DISTINCT FROM ${param(from ?? null)}::text RETURNING 1)`);
      gate = ` AND EXISTS (SELECT 1 FROM cp${p})`;
      results.push(`(SELECT count(*)::int FROM cp${p}) AS moved_${p}`);
    } else results.push(`1 AS moved_${p}`);
    part.writes.forEach((write, t) => {
      const table = identifier(write.table);
      const key = write.definition.key;
      if (write.deletes.length > 0) {
        const rows = rowsOf(write.table, param(JSON.stringify(write.deletes)));
        const matches = key.map((c) => `x.${identifier(c)} = k.${identifier(c)}`).join(' AND ');
        ctes.push(`d${p}_${t} AS (DELETE FROM ${table} x USING ${rows} k WHERE ${matches}${gate})`);
      }
      if (write.puts.length > 0) {
        const rows = rowsOf(write.table, param(JSON.stringify(write.puts)));
        const others = Object.keys(write.definition.columns).filter((c) => !key.includes(c));
        const onConflict = others.length
          ? `DO UPDATE SET (${others.map(identifier).join(', ')}) = ROW(${columnList(others, 'EXCLUDED')})`
          : 'DO NOTHING';
        ctes.push(
          `u${p}_${t} AS (INSERT INTO ${table} SELECT * FROM ${rows} WHERE true${gate}
            ON CONFLICT (${key.map(identifier).join(', ')}) ${onConflict})`,
        );
      }
    });
  });
  const select = `SELECT ${results.length ? results.join(', ') : '1 AS none'}`;
  return { text: ctes.length ? `WITH ${ctes.join(',\n')}\n${select}` : select, values };
};
