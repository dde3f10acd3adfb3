import { randomUUID } from 'node:crypto';

/** The parts of OpenAPI 3 schemas that the bad-input corpus reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  minItems?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

export type OpenApiDocument = { paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, Schema> } };

/** Follows $ref and merges allOf, so that callers see one plain schema; oneOf and anyOf take their first choice. */
export const resolve = (document: OpenApiDocument, schema: Schema): Schema => {
  if (schema.$ref) return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!]);
  if (schema.allOf) {
    const parts = schema.allOf.map((part) => resolve(document, part));
    const { allOf: _, ...own } = schema;
    return Object.assign({}, ...parts, own, {
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), own.properties ?? {}),
      required: [...parts.flatMap((p) => p.required ?? []), ...(own.required ?? [])],
    });
  }
  const first = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  return first ? resolve(document, first) : schema;
};

/** Free text: a string the schema does not constrain by format, enum or pattern; any payload there may be legal. */
export const isFreeText = (schema: Schema): boolean => schema.type === 'string' && !schema.format && !schema.enum && !schema.pattern;

const PATTERN_CANDIDATES = ['x', 'a'.repeat(64), '0'.repeat(64), 'tribunale-per-i-minorenni', '015146', 'alice', '1234-56', 'A1'];

/** Real ids of the seeded records, by the name of the field or parameter that holds one. */
export type KnownIds = Record<string, string>;

/** A plausible valid value for a schema: the starting point that each probe breaks in one place. */
export const sampleOf = (document: OpenApiDocument, raw: Schema, ids: KnownIds, name = ''): unknown => {
  const schema = resolve(document, raw);
  if (schema.enum) return schema.enum[0];
  if (ids[name] !== undefined) return ids[name];
  if (schema.example !== undefined) return schema.example;
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'date') return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      if (schema.format === 'date-time') return new Date(Date.now() - 60_000).toISOString();
      if (schema.pattern) return PATTERN_CANDIDATES.find((c) => new RegExp(schema.pattern!).test(c)) ?? 'x';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'number':
    case 'integer':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => sampleOf(document, schema.items ?? {}, ids, name));
    default:
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, property]) => [key, sampleOf(document, property, ids, key)]),
      );
  }
};

export interface Field {
  path: Array<string | number>;
  schema: Schema;
  required: boolean;
}

/** Every field of a body, nested objects and the first item of arrays included, with its own schema. */
export const fieldsOf = (document: OpenApiDocument, raw: Schema, path: Array<string | number> = []): Field[] => {
  const schema = resolve(document, raw);
  if (schema.type === 'array' && schema.items) {
    const item = resolve(document, schema.items);
    return [{ path: [...path, 0], schema: item, required: true }, ...(item.properties ? fieldsOf(document, item, [...path, 0]) : [])];
  }
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const own: Field = { path: [...path, key], schema: resolve(document, property), required: (schema.required ?? []).includes(key) };
    return [own, ...fieldsOf(document, property, own.path)];
  });
};

/** A copy of `value` with the field at `path` replaced, or deleted when `replacement` is DELETE. */
export const DELETE = Symbol('delete');
export const withField = (value: unknown, path: Array<string | number>, replacement: unknown): unknown => {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (replacement === DELETE) delete parent[last];
  else parent[last] = replacement;
  return copy;
};
