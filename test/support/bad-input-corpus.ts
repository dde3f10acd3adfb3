import { randomUUID } from 'node:crypto';
import { bodyProbes } from './bad-input-body-probes';
import {
  ONE_MB,
  Operation,
  Probe,
  ProbeContext,
  RTL_OVERRIDE,
  SCRIPT_AND_SQL,
  TEN_MB,
  UNSTORABLE_TEXT,
  invalidValuesFor,
  probe,
} from './bad-input-values';
import { KnownIds, OpenApiDocument, Schema, isFreeText, resolve, sampleOf } from './openapi-samples';

export type { Operation, Probe } from './bad-input-values';

type RawOperation = {
  parameters?: Operation['parameters'];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: object }>;
};

/** Every GET and POST of the document, read as the corpus needs it. */
export const operationsOf = (document: OpenApiDocument): Operation[] =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method === 'get' || method === 'post')
      .map(([method, raw]) => {
        const { parameters = [], requestBody, responses } = raw as RawOperation;
        return {
          method: method.toUpperCase() as Operation['method'],
          path,
          parameters,
          body: requestBody?.content['application/json']?.schema,
          acceptsIfMatch: parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match'),
          streams: Object.keys(responses['200']?.content ?? {}).includes('text/event-stream'),
        };
      }),
  );

/** The path with seeded ids where a parameter names one, a random UUID otherwise, and a probe's own (encoded) values. */
export const fillPath = (operation: Operation, ids: KnownIds, overrides: Record<string, string> = {}): string =>
  operation.path.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? encodeURIComponent(ids[name] ?? randomUUID()));

/** Every probe of one operation. A legal payload is never sent where it could be stored, nor to a stream. */
export const probesFor = (document: OpenApiDocument, operation: Operation, ids: KnownIds, index: number): Probe[] => {
  const required = operation.parameters.filter((p) => p.in === 'query' && p.required);
  const baseQuery = new URLSearchParams(
    required.map((p): [string, string] => [p.name, String(sampleOf(document, p.schema, ids, p.name))]),
  ).toString();
  const context: ProbeContext = { document, operation, ids, baseQuery, index };
  return [...pathProbes(context), ...queryProbes(context), ...bodyProbes(context)]
    .filter((p) => p.expect === 'refused' || (!operation.streams && (operation.method === 'GET' || operation.acceptsIfMatch)))
    .map((p) => (p.expect === 'no-5xx' && operation.method === 'POST' ? { ...p, headers: { ...p.headers, 'If-Match': '"999999"' } } : p));
};

const PATH_VALUES: Array<[string, string]> = [
  ['NUL', '%00'],
  ['SQL', "1'%20OR%20'1'%3D'1"],
  ['markup', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['300 characters', 'x'.repeat(300)],
  ['invalid UTF-8', '%ED%A0%80'],
];

const pathProbes = (context: ProbeContext): Probe[] =>
  context.operation.parameters
    .filter((p) => p.in === 'path')
    .flatMap((p) => {
      // An id without an example is a UUID; a worker id or a projection name takes other text.
      const uuid = p.schema.example === undefined && /Id$/.test(p.name);
      const values: Array<[string, string]> = uuid ? [...PATH_VALUES, ['not a uuid', 'not-a-uuid']] : PATH_VALUES;
      return values.map(([label, value]) => probe(context, `path ${p.name}: ${label}`, 'refused', { path: { [p.name]: value } }));
    });

const queryProbes = (context: ProbeContext): Probe[] => {
  const { document, operation, ids, index } = context;
  const params = operation.parameters.filter((p) => p.in === 'query');
  if (params.length === 0) return [];
  const base = new URLSearchParams(context.baseQuery);
  const query = (name: string, values: string[] | undefined) => {
    const search = new URLSearchParams(base);
    search.delete(name);
    for (const value of values ?? []) search.append(name, value);
    return search.toString();
  };
  const at = (label: string, expect: Probe['expect'], name: string, ...values: string[]) =>
    probe(context, `query ${name}: ${label}`, expect, { query: query(name, values) });
  const large = index % 2 === 1 ? TEN_MB : ONE_MB;
  const probes = [
    at('unknown parameter', 'refused', 'unexpectedParameter', '1'),
    at(`${large.length >> 20} MB`, 'refused', params[0].name, large),
  ];
  for (const p of params) {
    const schema = resolve(document, p.schema);
    if (p.required) probes.push(probe(context, `query ${p.name}: missing`, 'refused', { query: query(p.name, undefined) }));
    probes.push(at('given twice', 'refused', p.name, String(sampleOf(document, schema, ids, p.name)), 'x'));
    for (const [label, value] of invalidValuesFor(schema)) probes.push(at(label, 'refused', p.name, String(value)));
    probes.push(at(UNSTORABLE_TEXT[0][0], 'refused', p.name, UNSTORABLE_TEXT[0][1]));
    // Off-pattern injections are among the invalid values already.
    const text = isFreeText(schema) ? 'no-5xx' : 'refused';
    if (!schema.pattern) for (const value of [...SCRIPT_AND_SQL, RTL_OVERRIDE]) probes.push(at(JSON.stringify(value), text, p.name, value));
  }
  return probes;
};
