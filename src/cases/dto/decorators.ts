import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { AUTHORITY_PATTERN, KNOWN_AUTHORITIES } from '../case.values';
import { WORKER_ID_PATTERN } from '../../auth/roles';

/** Composed property decorators: validation and its Swagger description stay side by side, and every string is bounded. */
export const MAX = { id: 100, name: 200, text: 4000, instant: 40 } as const;

interface Doc {
  required?: boolean;
  example?: unknown;
  description?: string;
}

const optionalIf = (doc: Doc) => (doc.required === false ? [IsOptional()] : []);
const present = (doc: Doc) => (doc.required === false ? IsOptional() : IsNotEmpty());
const documented = (doc: Doc, schema: Record<string, unknown>) => {
  const options = { ...schema, example: doc.example, description: doc.description };
  return doc.required === false ? ApiPropertyOptional(options) : ApiProperty(options);
};

export const Text = (max: number, doc: Doc = {}) =>
  applyDecorators(documented(doc, { type: String, maxLength: max }), present(doc), IsString(), MaxLength(max));
export const Name = (doc: Doc = {}) => Text(MAX.name, doc);
export const LongText = (doc: Doc = {}) => Text(MAX.text, doc);

export const Uuid = (doc: Doc = {}) =>
  applyDecorators(documented(doc, { type: String, format: 'uuid' }), present(doc), IsUUID(), MaxLength(MAX.id));

/** A worker is the token subject of a colleague, not a person of the family: a plain subject string. */
export const WorkerId = (doc: Doc = {}) =>
  applyDecorators(
    documented({ example: 'alice', ...doc }, { type: String, maxLength: MAX.id, pattern: WORKER_ID_PATTERN.source }),
    present(doc),
    IsString(),
    MaxLength(MAX.id),
    Matches(WORKER_ID_PATTERN),
  );

export const Authority = (doc: Doc = {}) =>
  applyDecorators(
    documented(
      {
        example: 'tribunale-per-i-minorenni',
        description: `Judicial authority slug (reference data that can grow); known: ${KNOWN_AUTHORITIES.join(', ')}`,
        ...doc,
      },
      { type: String, maxLength: MAX.id, pattern: AUTHORITY_PATTERN.source },
    ),
    present(doc),
    IsString(),
    MaxLength(MAX.id),
    Matches(AUTHORITY_PATTERN),
  );

export const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A plain calendar date (YYYY-MM-DD): the domain compares these as Europe/Rome dates. */
export const CalendarDate = (doc: Doc = {}) =>
  applyDecorators(
    documented({ example: '2026-11-02', ...doc }, { type: String, format: 'date' }),
    present(doc),
    IsISO8601({ strict: true }),
    Matches(CALENDAR_DATE, { message: '$property must be a date YYYY-MM-DD' }),
    MaxLength(10),
  );

export const CalendarDates = (maxItems: number, doc: Doc = {}) =>
  applyDecorators(
    documented({ example: ['2027-02-01'], ...doc }, { type: String, format: 'date', isArray: true, maxItems }),
    ...optionalIf(doc),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsISO8601({ strict: true }, { each: true }),
    Matches(CALENDAR_DATE, { each: true, message: 'each value in $property must be a date YYYY-MM-DD' }),
  );

/** Calendar date, or date-time with an explicit offset: never read in the server's own zone, always parseable. */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** An instant, ISO 8601: a date, or a date-time with Z or an offset. */
export const Instant = (doc: Doc = {}) =>
  applyDecorators(
    documented({ example: '2026-11-10T09:30:00+01:00', ...doc }, { type: String, format: 'date-time' }),
    present(doc),
    IsISO8601({ strict: true }),
    Matches(INSTANT, { message: '$property must be YYYY-MM-DD or an ISO 8601 date-time with Z or an offset' }),
    MaxLength(MAX.instant),
  );

export const OccurredAt = () =>
  Instant({
    required: false,
    description: 'When the fact happened (ISO 8601). Defaults to now; may lie in the past (late recording), never in the future.',
  });

export const OneOf = (values: readonly string[], doc: Doc = {}) =>
  applyDecorators(documented({ example: values[0], ...doc }, { enum: values }), present(doc), IsIn(values));

export const TextList = (maxItems: number, doc: Doc & { minItems?: number; maxLength?: number } = {}) =>
  applyDecorators(
    documented(doc, { type: String, isArray: true, maxItems, minItems: doc.minItems }),
    ...optionalIf(doc),
    IsArray(),
    ArrayMinSize(doc.minItems ?? 0),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(doc.maxLength ?? MAX.text, { each: true }),
  );

export const Nested = (type: () => new () => object, doc: Doc = {}) =>
  applyDecorators(documented(doc, { type: () => type() }), present(doc), ValidateNested(), Type(type));

export const NestedList = (type: () => new () => object, maxItems: number, doc: Doc & { minItems?: number } = {}) =>
  applyDecorators(
    documented(doc, { type: () => type(), isArray: true, maxItems, minItems: doc.minItems }),
    ...optionalIf(doc),
    IsArray(),
    ArrayMinSize(doc.minItems ?? 0),
    ArrayMaxSize(maxItems),
    ValidateNested({ each: true }),
    Type(type),
  );

/** A field allowed only for one entry kind (statedBy for statements, method for evaluations). */
export const OnlyForKind = (kind: string) =>
  ValidateBy({
    name: 'onlyForKind',
    constraints: [kind],
    validator: {
      validate: (_value, args) => (args?.object as { kind?: unknown }).kind === kind,
      defaultMessage: (args) => `${args?.property} is only allowed when kind is ${kind}`,
    },
  });

/** Months between reports to the judge, as a decree sets them: optional, 1 to 24. */
export const ReportEveryMonths = (description = 'Report interval the decree sets, in months') =>
  applyDecorators(ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 24, description }), IsOptional(), IsInt(), Min(1), Max(24));
