import { ColumnValue, Row, TableDefinition } from './table';

/** A key or a looked-up value as one string: uuids compare as Postgres compares them, case-insensitively. */
export const valueKey = (definition: TableDefinition, column: string, value: ColumnValue): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return definition.columns[column].startsWith('uuid') ? text.toLowerCase() : text;
};

export const rowKey = (definition: TableDefinition, row: Partial<Row>): string =>
  definition.key.map((column) => valueKey(definition, column, row[column] ?? null)).join('\u0000');

/**
 * What the runner knows of one table as Postgres holds it: rows by key (null when known absent), and which
 * looked-up column values are complete. Only the projection's lock holder writes its tables, so it stays true
 * between batches until it is cleared (a failure, a rebuild, the lock lost, or too many rows).
 */
export class KnownRows {
  readonly rows = new Map<string, Row | null>();
  private readonly complete = new Set<string>();
  private readonly byColumn = new Map<string, Map<string, Set<string>>>();

  constructor(readonly definition: TableDefinition) {}

  get size(): number {
    return this.rows.size;
  }

  isComplete(column: string, value: string): boolean {
    return this.complete.has(`${column}\u0000${value}`);
  }

  markComplete(column: string, value: string): void {
    this.complete.add(`${column}\u0000${value}`);
  }

  /** Keys of the known rows whose column holds the value. */
  keysWhere(column: string, value: string): Iterable<string> {
    return this.indexOf(column).get(value) ?? [];
  }

  set(key: string, row: Row | null): void {
    const before = this.rows.get(key);
    for (const [column, index] of this.byColumn) {
      if (before) index.get(valueKey(this.definition, column, before[column]))?.delete(key);
      if (row) this.addTo(index, valueKey(this.definition, column, row[column]), key);
    }
    this.rows.set(key, row);
  }

  clear(): void {
    this.rows.clear();
    this.complete.clear();
    this.byColumn.clear();
  }

  private indexOf(column: string): Map<string, Set<string>> {
    let index = this.byColumn.get(column);
    if (!index) {
      index = new Map();
      for (const [key, row] of this.rows) if (row) this.addTo(index, valueKey(this.definition, column, row[column]), key);
      this.byColumn.set(column, index);
    }
    return index;
  }

  private addTo(index: Map<string, Set<string>>, value: string, key: string): void {
    const keys = index.get(value);
    if (keys) keys.add(key);
    else index.set(value, new Set([key]));
  }
}
