import { KnownRows, rowKey, valueKey } from './known-rows';
import { ColumnValue, Row } from './table';

/** What a handler may do with one table's rows. Reads answer from what is known; writes are kept until the batch ends. */
export interface TableRows<R extends Row> {
  get(key: Partial<R>): Readonly<R> | undefined;
  /** Every row whose column holds the value (a secondary lookup: the column should be indexed). */
  where<C extends keyof R & string>(column: C, value: R[C]): ReadonlyArray<Readonly<R>>;
  put(row: R): void;
  insertIfAbsent(row: R): void;
  update(key: Partial<R>, change: (row: R) => R): void;
  delete(key: Partial<R>): void;
}

/**
 * One table during one pass over a batch. A read of a row nobody has loaded yet is a miss: the pass goes on,
 * the misses are loaded in one query, and the batch is run again. Only a pass without misses is written.
 */
export class PassRows<R extends Row> implements TableRows<R> {
  readonly changes = new Map<string, Row | null>();
  readonly missingKeys = new Map<string, Partial<Row>>();
  readonly missingWhere = new Map<string, Map<string, ColumnValue>>();
  private readonly deletedKeys = new Map<string, Partial<Row>>();

  constructor(readonly known: KnownRows) {}

  get missed(): boolean {
    return this.missingKeys.size > 0 || this.missingWhere.size > 0;
  }

  get(key: Partial<R>): Readonly<R> | undefined {
    const k = rowKey(this.known.definition, key);
    if (this.changes.has(k)) return (this.changes.get(k) as R | null) ?? undefined;
    if (this.known.rows.has(k)) return (this.known.rows.get(k) as R | null) ?? undefined;
    this.missingKeys.set(k, key);
    return undefined;
  }

  where<C extends keyof R & string>(column: C, value: R[C]): ReadonlyArray<Readonly<R>> {
    const wanted = valueKey(this.known.definition, column, value);
    if (!this.known.isComplete(column, wanted)) {
      const values = this.missingWhere.get(column) ?? new Map<string, ColumnValue>();
      this.missingWhere.set(column, values.set(wanted, value));
    }
    const found = new Map<string, R>();
    for (const k of this.known.keysWhere(column, wanted)) {
      if (!this.changes.has(k)) found.set(k, this.known.rows.get(k) as R);
    }
    for (const [k, row] of this.changes) {
      if (row && valueKey(this.known.definition, column, row[column]) === wanted) found.set(k, row as R);
    }
    return [...found.values()];
  }

  put(row: R): void {
    this.changes.set(rowKey(this.known.definition, row), row);
  }

  insertIfAbsent(row: R): void {
    if (!this.get(row)) this.put(row);
  }

  update(key: Partial<R>, change: (row: R) => R): void {
    const current = this.get(key);
    if (current) this.put(change({ ...current }));
  }

  delete(key: Partial<R>): void {
    const k = rowKey(this.known.definition, key);
    this.changes.set(k, null);
    this.deletedKeys.set(k, key);
  }

  /** The changes that differ from what Postgres holds, as deleted keys and written rows. */
  writes(): { deletes: Partial<Row>[]; puts: Row[] } {
    const deletes: Partial<Row>[] = [];
    const puts: Row[] = [];
    for (const [k, row] of this.changes) {
      const before = this.known.rows.get(k);
      if (row === null) {
        if (before !== null) deletes.push(this.deletedKeys.get(k)!);
      } else if (!before || !sameRow(before, row)) puts.push(row);
    }
    return { deletes, puts };
  }

  /** After the write committed: what Postgres now holds. */
  commit(): void {
    for (const [k, row] of this.changes) this.known.set(k, row);
  }
}

const sameRow = (a: Row, b: Row): boolean => {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
};
