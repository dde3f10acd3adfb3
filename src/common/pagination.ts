import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InvalidInputError } from './domain-error';

/** `limit`, declared once: 1 to 200 items, 50 unless a list says otherwise. */
export function LimitField(options: { maximum?: number; default?: number; description?: string } = {}) {
  const maximum = options.maximum ?? 200;
  const described = options.description ? { description: options.description } : {};
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum, default: options.default ?? 50, ...described }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(maximum),
  );
}

/** `cursor`, declared once: the `next` of the page before, opaque. */
export function CursorField() {
  return applyDecorators(
    ApiPropertyOptional({ description: 'The `next` cursor of the previous page' }),
    IsOptional(),
    IsString(),
    MaxLength(500),
  );
}

/**
 * The one paging convention of every list: `limit` items, and the `next` cursor of a page passed back as `cursor`.
 * A cursor is opaque: clients never build one.
 */
export class PageQuery {
  @LimitField() limit?: number;
  @CursorField() cursor?: string;
}

export const DEFAULT_PAGE_LIMIT = 50;

/** The `next` of every page, declared once so that every list documents it alike. */
export const NextCursor = () =>
  ApiProperty({ type: String, nullable: true, description: 'The cursor of the next page, to pass as `cursor`; null on the last page' });

/** A page that starts at a stream revision (events, timeline lines): its cursor is that revision. */
export const revisionCursor = (revision: number | bigint | null): string | null =>
  revision === null ? null : encodeKeyset([String(revision)]);

export const revisionOfCursor = (cursor: string): number => Number(decodeKeyset(cursor, ['revision'])[0]);

/** What each value of a keyset must be, so a forged cursor is a 400, never a SQL error. */
export type KeyShape = 'text' | 'instant' | 'instantOrNone' | 'uuid' | 'boolean' | 'revision';
export type KeyValue = string | boolean | null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fits: Record<KeyShape, (value: unknown) => boolean> = {
  text: (v) => typeof v === 'string' && v.length <= 300,
  instant: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
  instantOrNone: (v) => v === null || fits.instant(v),
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  boolean: (v) => typeof v === 'boolean',
  revision: (v) => typeof v === 'string' && /^\d{1,15}$/.test(v),
};

/** The keyset of the last row of a page, as an opaque cursor. */
export const encodeKeyset = (values: KeyValue[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

export const decodeKeyset = (raw: string, shape: KeyShape[]): KeyValue[] => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === shape.length && shape.every((kind, i) => fits[kind](parsed[i]))) return parsed;
  } catch {
    // fall through
  }
  throw new InvalidInputError('INVALID_CURSOR', 'cursor is not one this endpoint gave out');
};

/** Rows fetched with limit + 1: the page, and the cursor after its last row when more follow (null on the last page). */
export const pageOf = <Row, Item>(rows: Row[], limit: number, toItem: (row: Row) => Item, keyOf: (row: Row) => KeyValue[]) => {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { items: page.map(toItem), next: rows.length > limit && last ? encodeKeyset(keyOf(last)) : null };
};

/** Pages of a ranked answer (a search, a filtered walk) are not keyed: the cursor is the offset of the next page. */
export const pageCursor = (cursor: string | undefined): number => (cursor ? Number(decodeKeyset(cursor, ['text'])[0]) || 0 : 0);

/** Rows fetched from offset with limit + 1, or all rows past offset: the page, and the cursor after it. */
export const pageOfRanked = <T>(rows: T[], limit: number, offset: number) => ({
  items: rows.slice(0, limit),
  next: rows.length > limit ? encodeKeyset([String(offset + limit)]) : null,
});
