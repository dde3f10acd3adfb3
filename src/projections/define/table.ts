import { ProjectionTable } from '../projection';

/** A column value as it travels between Postgres (`to_jsonb`) and the handlers: JSON. */
export type ColumnValue = string | number | boolean | null | object;
export type Row = Record<string, ColumnValue>;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Identifiers come from definitions in the code; anything else is refused before it reaches SQL. */
export const identifier = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
  return `"${name}"`;
};

/** A read-model table declared once: columns (SQL types), primary key and secondary indexes. */
export interface TableDefinition<R extends Row = Row> extends ProjectionTable {
  readonly columns: { readonly [C in keyof R & string]: string };
  readonly key: ReadonlyArray<keyof R & string>;
  /** Index bodies after `ON <table>`: `(opened_at DESC, case_id DESC)`, `USING gin (team)`. */
  readonly indexes: readonly string[];
  /** The table with its primary key, without secondary indexes (a bulk load adds them after). */
  createTable(table: string): string;
  createIndexes(table: string): string[];
}

export const defineTable = <R extends Row>(spec: {
  name: string;
  columns: { [C in keyof R & string]: string };
  key: ReadonlyArray<keyof R & string>;
  indexes?: readonly string[];
}): TableDefinition<R> => {
  const names = [spec.name, ...Object.keys(spec.columns)];
  names.forEach(identifier);
  const indexes = spec.indexes ?? [];
  const createTable = (table: string) => {
    const columns = Object.entries<string>(spec.columns).map(([name, type]) => `${identifier(name)} ${type}`);
    const key = `PRIMARY KEY (${spec.key.map(identifier).join(', ')})`;
    return `CREATE TABLE ${identifier(table)} (${[...columns, key].join(', ')})`;
  };
  const createIndexes = (table: string) => indexes.map((index) => `CREATE INDEX ON ${identifier(table)} ${index}`);
  return {
    name: spec.name,
    columns: spec.columns,
    key: spec.key,
    indexes,
    createTable,
    createIndexes,
    ddl: (table) => [createTable(table), ...createIndexes(table)].join(';\n'),
  };
};
