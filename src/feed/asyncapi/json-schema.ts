import { AUTHORITY_PATTERN } from '../../cases/case.values';
import { WORKER_ID_PATTERN } from '../../auth/roles';

/** A JSON Schema (draft 07, as AsyncAPI 3.0 schemas are) written as plain data. */
export type JsonSchema = { [keyword: string]: unknown };

export const uuid: JsonSchema = { type: 'string', format: 'uuid' };
export const date: JsonSchema = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };
export const instant: JsonSchema = { type: 'string', format: 'date-time' };
export const count: JsonSchema = { type: 'integer', minimum: 0 };
export const text: JsonSchema = { type: 'string' };
export const sha256: JsonSchema = { type: 'string', pattern: '^[0-9a-f]{64}$' };
export const authority: JsonSchema = { type: 'string', pattern: AUTHORITY_PATTERN.source, examples: ['tribunale-per-i-minorenni'] };
export const workerId: JsonSchema = { type: 'string', pattern: WORKER_ID_PATTERN.source, description: 'The worker’s token subject' };

export const oneOf = (values: readonly string[]): JsonSchema => ({ type: 'string', enum: [...values] });
export const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

/** A closed object: every member is required unless named in optional, and no other member appears. */
export const object = (properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema => {
  const required = Object.keys(properties).filter((name) => !optional.includes(name));
  return { type: 'object', ...(required.length > 0 && { required }), properties, additionalProperties: false };
};
