import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateBy, ValidateIf, isISO8601 } from 'class-validator';
import { TimeAxis } from './case.as-of';
import { InvalidInputError } from '../common/domain-error';
import { NextCursor, revisionOfCursor } from '../common/pagination';

/** Query parameters of GET /cases/{caseId} and GET /cases/{caseId}/events; anything else is 400 VALIDATION_FAILED. */
export const TIME_AXES: readonly TimeAxis[] = ['recorded', 'occurred'];

/** A full instant with its offset: a bare date or local time would be read in the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: (value) =>
        typeof value === 'string' && INSTANT.test(value) && isISO8601(value, { strict: true }) && !Number.isNaN(Date.parse(value)),
      defaultMessage: (args) => `${args?.property} must be an ISO 8601 instant with an offset, such as 2026-11-10T09:30:00+01:00`,
    },
  });

class StreamReadQuery {
  @ApiPropertyOptional({
    description: 'Accepted for uniformity with read models: a read of the case stream is always consistent with your writes',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  consistentWith?: string;
}

export class CaseQueryDto extends StreamReadQuery {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-10T09:30:00+01:00',
    description: 'The case as of this instant; absent: now',
  })
  @IsOptional()
  @MaxLength(40)
  @IsInstant()
  asOf?: string;

  @ApiPropertyOptional({
    enum: TIME_AXES,
    default: 'recorded',
    description: 'With asOf: recorded = what the service knew then; occurred = what was true then (late records included)',
  })
  @ValidateIf((query: CaseQueryDto) => query.axis !== undefined)
  @IsIn(TIME_AXES)
  @ValidateBy({
    name: 'axisNeedsAsOf',
    validator: { validate: (_value, args) => (args?.object as CaseQueryDto).asOf !== undefined, defaultMessage: () => 'axis needs asOf' },
  })
  axis?: TimeAxis;
}

export const DEFAULT_EVENTS_LIMIT = 50;

/** Where a page of a stream starts: a revision asked for, or the page after the one a cursor ends. */
export const startRevision = (query: { from?: string; cursor?: string }): bigint => {
  if (query.cursor !== undefined && query.from !== undefined)
    throw new InvalidInputError('CURSOR_WITH_FROM', 'give either from (a revision) or cursor (the next of a page), not both');
  return BigInt(query.cursor === undefined ? (query.from ?? 0) : revisionOfCursor(query.cursor));
};

export class CaseEventsQueryDto extends StreamReadQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0, description: 'The first revision to return (not with cursor)' })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'from must be a revision: a whole number from 0' })
  from?: string;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page (not with from)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: DEFAULT_EVENTS_LIMIT })
  @IsOptional()
  @Matches(/^(?:[1-9]\d?|1\d\d|200)$/, { message: 'limit must be a whole number from 1 to 200' })
  limit?: string;
}

/** Swagger shapes of GET /cases/{caseId}/events (values from case.queries.ts). */
class ActorView {
  @ApiProperty({ example: 'alice' }) id: string;
  @ApiProperty({ example: 'social-worker' }) role: string;
}

/** Every metadata field sits beside revision, id, type and data: all that the hash covers is here. */
export class CaseEventView {
  @ApiProperty({ type: 'integer', example: 0 }) revision: number;
  @ApiProperty({ format: 'uuid', description: 'The event id (not hashed)' }) id: string;
  @ApiProperty({ example: 'CaseOpened' }) type: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: object;
  @ApiProperty({ format: 'date-time', description: 'When it happened, as the user told it' }) occurredAt: string;
  @ApiProperty({ format: 'date-time', description: 'When the service stored it' }) recordedAt: string;
  @ApiProperty({ type: ActorView }) actor: ActorView;
  @ApiProperty({ description: 'The request chain the event belongs to' }) correlationId: string;
  @ApiProperty({ description: 'The request that recorded it' }) causationId: string;
  @ApiProperty({ type: 'integer', example: 1 }) schemaVersion: number;
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'sha256(prevHash + canonical JSON of type, data, metadata but hash): docs/audit-trail.md',
  })
  hash: string;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: '64 zeros for the first event' }) prevHash: string;
}

export class CaseEventsPageDto {
  @ApiProperty({ type: [CaseEventView] }) items: CaseEventView[];
  @NextCursor() next: string | null;
}
