import {
  ONE_MB,
  Probe,
  ProbeContext,
  RTL_OVERRIDE,
  SCRIPT_AND_SQL,
  TEN_MB,
  UNSTORABLE_TEXT,
  invalidValuesFor,
  probe,
  wrongTypeFor,
} from './bad-input-values';
import { DELETE, Field, fieldsOf, isFreeText, resolve, sampleOf, withField } from './openapi-samples';

const JSON_TYPE = 'application/json';
const json = (raw: string, contentType = JSON_TYPE) => ({ body: { raw, contentType } });

/** Every top-level field set to null (a nested required field gets its own null probe). */
const nullEverywhere = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(nullEverywhere);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).map((key) => [key, null]));
  return null;
};

const nested = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The whole-body probes, then one set per field of the body's schema. */
export const bodyProbes = (context: ProbeContext): Probe[] => {
  const { document, operation, ids, index } = context;
  if (operation.method !== 'POST') return [];
  const schema = resolve(document, operation.body ?? { type: 'object' });
  const base = sampleOf(document, schema, ids) as Record<string, unknown>;
  const baseText = JSON.stringify(base);
  const takesNothing = (schema.required ?? []).length === 0;
  // A body with no required field may be legal empty or all-null.
  const unlessOptional = takesNothing ? 'no-5xx' : 'refused';
  const whole = (label: string, expect: Probe['expect'], parts: Partial<Probe>) => probe(context, `body: ${label}`, expect, parts);
  const probes = [
    whole('malformed JSON', 'refused', json('{"kind":')),
    whole('JSON null', 'refused', json('null')),
    whole('an array for the object', 'refused', json(JSON.stringify([base]))),
    whole('a string for the object', 'refused', json('"x"')),
    whole('text/plain', 'refused', json(baseText, 'text/plain')),
    whole('form-encoded', 'refused', json('kind=call', 'application/x-www-form-urlencoded')),
    whole('nested 10,000 deep', 'refused', json(nested(10_000))),
    whole('unknown field', 'refused', json(JSON.stringify({ ...base, unexpectedField: 'x' }))),
    whole('__proto__ key', 'refused', json(`{"__proto__":{"isAdmin":true},${baseText.slice(1)}`)),
    whole('constructor key', 'refused', json(`{"constructor":{"prototype":{"isAdmin":true}},${baseText.slice(1)}`)),
    whole('empty body', unlessOptional, json('')),
    whole('empty object', unlessOptional, json('{}')),
    whole('null everywhere', unlessOptional, json(JSON.stringify(nullEverywhere(base)))),
  ];
  const fields = fieldsOf(document, schema);
  const firstText = fields.find((f) => f.schema.type === 'string' && typeof f.path[f.path.length - 1] === 'string');
  if (firstText) {
    const large = index % 2 === 1 ? TEN_MB : ONE_MB;
    probes.push(
      whole(
        `${firstText.path.join('.')}: ${large.length >> 20} MB`,
        'refused',
        json(JSON.stringify(withField(base, firstText.path, large))),
      ),
    );
  }
  return [...probes, ...fields.flatMap((field) => fieldProbes(context, base, field))];
};

const fieldProbes = (context: ProbeContext, base: unknown, field: Field): Probe[] => {
  const name = field.path.join('.');
  const set = (label: string, expect: Probe['expect'], value: unknown) =>
    probe(context, `body ${name}: ${label}`, expect, json(JSON.stringify(withField(base, field.path, value))));
  const probes = [set('wrong type', 'refused', wrongTypeFor(field.schema))];
  if (field.required)
    probes.push(
      set('null', 'refused', null),
      probe(context, `body ${name}: missing`, 'refused', json(JSON.stringify(withField(base, field.path, DELETE)))),
    );
  for (const [label, value] of invalidValuesFor(field.schema)) probes.push(set(label, 'refused', value));
  if (field.schema.type === 'number' || field.schema.type === 'integer') {
    // JSON.parse turns 1e400 into Infinity: a number no validator should take.
    const raw = JSON.stringify(withField(base, field.path, 424242)).replace('424242', '1e400');
    probes.push(probe(context, `body ${name}: 1e400`, 'refused', json(raw)));
  }
  if (field.schema.type !== 'string') return probes;
  for (const [label, value] of UNSTORABLE_TEXT) probes.push(set(label, 'refused', value));
  const text = isFreeText(field.schema) ? 'no-5xx' : 'refused';
  if (!field.schema.pattern) for (const value of [...SCRIPT_AND_SQL, RTL_OVERRIDE]) probes.push(set(JSON.stringify(value), text, value));
  return probes;
};
