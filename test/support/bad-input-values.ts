import { randomUUID } from 'node:crypto';
import { KnownIds, OpenApiDocument, Schema } from './openapi-samples';

export interface Operation {
  method: 'GET' | 'POST';
  path: string;
  parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Schema }>;
  body?: Schema;
  /** Takes If-Match: a stale one lets a legal body run the whole command path and still append nothing. */
  acceptsIfMatch: boolean;
  /** Answers text/event-stream: a 200 would never end, so only refused input is sent. */
  streams: boolean;
}

/**
 * One request. `refused`: the input is bad; the answer must be a 4xx problem+json. `no-5xx`: legal text in a
 * free-text field (SQL, markup, an RTL override): a query may answer it, a command gets a stale If-Match.
 */
export interface Probe {
  label: string;
  expect: 'refused' | 'no-5xx';
  path: Record<string, string>;
  query: string;
  headers: Record<string, string>;
  body?: { raw: string; contentType: string };
}

/** What every probe of one operation starts from. */
export interface ProbeContext {
  document: OpenApiDocument;
  operation: Operation;
  ids: KnownIds;
  /** The operation's required query parameters, with valid values. */
  baseQuery: string;
  /** The operation's place in the document: the large-string probe alternates between 1 MB and 10 MB. */
  index: number;
}

export const probe = (context: ProbeContext, label: string, expect: Probe['expect'], parts: Partial<Probe> = {}): Probe => ({
  label,
  expect,
  path: {},
  query: context.baseQuery,
  headers: {},
  ...parts,
});

/** Markup and SQL: refused where a field is constrained, legal text where it is free. */
export const SCRIPT_AND_SQL = [
  "' OR '1'='1' --",
  '1); DROP TABLE events; --',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
];
export const RTL_OVERRIDE = 'Rossi\u202Egnp.exe';
/** Postgres cannot store these in text or jsonb: always refused. */
export const UNSTORABLE_TEXT: Array<[string, string]> = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\uD800b'],
  ['lone low surrogate', '\uDC00'],
];
const BAD_UUIDS = ['not-a-uuid', '00000000-0000-0000-0000-00000000000g', `{${randomUUID()}}`, ''];
const BAD_DATES = ['2026-02-30', '0000-01-01', '10000-01-01', '2026-13-01', '2026-1-1', 'yesterday', ''];
const BAD_INSTANTS = [
  '2026-02-30T10:00:00Z',
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '2026-11-10T10:00:00',
  '2026-11-10T25:00:00Z',
  'now',
  '',
];
const NAN_LIKE = ['NaN', 'Infinity', '-Infinity', '1e400', '0x1A', ''];

export const ONE_MB = 'x'.repeat(1 << 20);
export const TEN_MB = 'x'.repeat(10 << 20);

/** Values that break a schema: wrong formats, out of range, NaN-like; none when the schema takes any text. */
export const invalidValuesFor = (schema: Schema): Array<[string, unknown]> => {
  if (schema.enum) return [['not in the enum', 'NOT-IN-ENUM']];
  if (schema.format === 'uuid') return BAD_UUIDS.map((v) => [`invalid uuid "${v}"`, v]);
  if (schema.format === 'date') return BAD_DATES.map((v) => [`invalid date "${v}"`, v]);
  if (schema.format === 'date-time') return BAD_INSTANTS.map((v) => [`invalid instant "${v}"`, v]);
  if (schema.pattern) return [['off pattern', '!!!'], ...SCRIPT_AND_SQL.map((v): [string, unknown] => [`injection off pattern: ${v}`, v])];
  if (schema.type === 'number' || schema.type === 'integer') {
    const numbers: Array<[string, unknown]> = NAN_LIKE.map((v) => [`NaN-like "${v}"`, v]);
    if (schema.minimum !== undefined) numbers.push(['below minimum', schema.minimum - 1]);
    if (schema.maximum !== undefined) numbers.push(['above maximum', schema.maximum + 1], ['1e20', 1e20]);
    if (schema.type === 'integer') numbers.push(['fraction for an integer', 1.5]);
    return numbers;
  }
  if (schema.type === 'boolean') return [['not a boolean', 'maybe']];
  return [];
};

/** A JSON value of another type than the schema's. */
export const wrongTypeFor = (schema: Schema): unknown => {
  if (schema.type === 'string' || schema.enum) return 12345;
  if (schema.type === 'number' || schema.type === 'integer') return 'abc';
  if (schema.type === 'boolean') return 'yes';
  return 'x';
};
