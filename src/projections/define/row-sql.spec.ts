import { KnownRows } from './known-rows';
import { PassRows } from './pass-rows';
import { writeStatement } from './row-sql';
import { defineTable, identifier } from './table';

const people = defineTable<{ person_id: string; family_id: string; name: string }>({
  name: 'people',
  columns: { person_id: 'uuid NOT NULL', family_id: 'uuid NOT NULL', name: 'text NOT NULL' },
  key: ['person_id'],
  indexes: ['(family_id)'],
});
const A = '00000000-0000-4000-8000-00000000000a';
const F = '00000000-0000-4000-8000-0000000000ff';

describe('row SQL', () => {
  it('refuses anything but a plain identifier', () => {
    expect(identifier('case_list__shadow')).toBe('"case_list__shadow"');
    for (const bad of ['x; DROP TABLE events', 'a"b', 'A', '1x', '']) expect(() => identifier(bad)).toThrow(/identifier/);
    expect(() => defineTable({ name: 'ok', columns: { 'bad name': 'text' }, key: ['bad name'] })).toThrow(/identifier/);
  });

  it('makes the table with its key, and its secondary indexes apart', () => {
    expect(people.createTable('people__shadow')).toBe(
      'CREATE TABLE "people__shadow" ("person_id" uuid NOT NULL, "family_id" uuid NOT NULL, "name" text NOT NULL, PRIMARY KEY ("person_id"))',
    );
    expect(people.createIndexes('people__shadow')).toEqual(['CREATE INDEX ON "people__shadow" (family_id)']);
  });

  it('carries rows as parameters, never in the text, and gates writes on each checkpoint', () => {
    const statement = writeStatement([
      {
        writes: [
          {
            table: 'people',
            definition: people,
            deletes: [{ person_id: A }],
            puts: [{ person_id: A.replace('a', 'b'), family_id: F, name: "O'Hara" }],
          },
        ],
        checkpoint: { name: 'people', from: undefined, to: '7-1', events: 3 },
      },
    ]);
    expect(statement.text).not.toContain("O'Hara");
    expect(statement.text).toMatch(/^WITH cp0 AS \(UPDATE projection_checkpoints/);
    expect(statement.text).toContain('EXISTS (SELECT 1 FROM cp0)');
    expect(statement.text).toContain('AS moved_0');
    expect(statement.values).toContain(JSON.stringify([{ person_id: A }]));
  });
});

describe('rows of a pass', () => {
  const known = () => new KnownRows(people);

  it('a read nobody has loaded is a miss; once loaded, absent rows are known absent', () => {
    const rows = known();
    const first = new PassRows(rows);
    expect(first.get({ person_id: A })).toBeUndefined();
    expect(first.where('family_id', F)).toEqual([]);
    expect(first.missed).toBe(true);
    rows.set(A.toLowerCase(), null);
    rows.markComplete('family_id', F);
    const second = new PassRows(rows);
    expect(second.get({ person_id: A.toUpperCase() })).toBeUndefined();
    expect(second.where('family_id', F)).toEqual([]);
    expect(second.missed).toBe(false);
  });

  it('sees its own writes, and writes only what changed', () => {
    const rows = known();
    rows.set(A, { person_id: A, family_id: F, name: 'Anna' });
    rows.markComplete('family_id', F);
    const pass = new PassRows(rows);
    pass.update({ person_id: A }, (row) => ({ ...row, name: 'Anna' }));
    expect(pass.writes()).toEqual({ deletes: [], puts: [] });
    pass.update({ person_id: A }, (row) => ({ ...row, name: 'Anna Maria' }));
    expect(pass.where('family_id', F).map((row) => row.name)).toEqual(['Anna Maria']);
    pass.delete({ person_id: A });
    expect(pass.get({ person_id: A })).toBeUndefined();
    expect(pass.writes()).toEqual({ deletes: [{ person_id: A }], puts: [] });
    pass.commit();
    expect(rows.rows.get(A)).toBeNull();
  });
});
