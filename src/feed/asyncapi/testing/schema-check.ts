import { JsonSchema } from '../json-schema';

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  date: /^\d{4}-\d{2}-\d{2}$/,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
};

const typeOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;

/** Follows a local "#/a/b" reference inside the document. */
export const resolveRef = (document: unknown, ref: string): unknown =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);

/**
 * The few JSON Schema keywords the AsyncAPI document uses, enough to prove each publication matches its schema in a unit test
 * (no validator library is installed). Answers the list of violations, empty when the value conforms.
 */
export const violations = (document: unknown, schema: JsonSchema, value: unknown, at = '$'): string[] => {
  if (typeof schema.$ref === 'string') return violations(document, resolveRef(document, schema.$ref) as JsonSchema, value, at);
  const found: string[] = [];
  const fail = (why: string) => found.push(`${at}: ${why}`);
  for (const part of (schema.allOf ?? []) as JsonSchema[]) found.push(...violations(document, part, value, at));
  if (schema.oneOf) {
    const matching = (schema.oneOf as JsonSchema[]).filter((option) => violations(document, option, value, at).length === 0);
    if (matching.length !== 1) fail(`matches ${matching.length} of oneOf`);
  }
  if ('const' in schema && value !== schema.const) fail(`is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`${JSON.stringify(value)} is not in the enum`);
  const type = schema.type as string | undefined;
  const isType = !type || typeOf(value) === type || (type === 'number' && typeOf(value) === 'integer');
  if (!isType) return [...found, `${at}: is ${typeOf(value)}, not ${type}`];
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string).test(value)) fail(`does not match ${schema.pattern}`);
    const format = FORMATS[schema.format as string];
    if (format && !format.test(value)) fail(`is not a ${schema.format}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) fail(`is below ${schema.minimum}`);
  if (typeof value === 'number' && typeof schema.maximum === 'number' && value > schema.maximum) fail(`is above ${schema.maximum}`);
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => found.push(...violations(document, schema.items as JsonSchema, item, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) fail(`lacks ${name}`);
    for (const [name, member] of Object.entries(object)) {
      if (properties[name]) found.push(...violations(document, properties[name], member, `${at}.${name}`));
      else if (schema.additionalProperties === false) fail(`has no member ${name} in its schema`);
    }
  }
  return found;
};
