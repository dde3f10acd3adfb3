import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const FEED_DEFAULT_LIMIT = 100;
export const FEED_MAX_LIMIT = 1000;

class FeedTypesQuery {
  @ApiPropertyOptional({
    example: 'case.opened.v1,case.closed.v1',
    description: 'Comma-separated public types (openapi/asyncapi.yaml); absent: every type. An unknown type is 400 UNKNOWN_EVENT_TYPE',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  types?: string;
}

/** GET /feed; anything else is 400 VALIDATION_FAILED. */
export class FeedQueryDto extends FeedTypesQuery {
  @ApiPropertyOptional({ description: 'The `next` cursor of a page, or an item’s position; absent: from the first event' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: FEED_MAX_LIMIT, default: FEED_DEFAULT_LIMIT })
  @IsOptional()
  @Matches(/^(?:[1-9]\d{0,2}|1000)$/, { message: `limit must be a whole number from 1 to ${FEED_MAX_LIMIT}` })
  limit?: string;
}

/** GET /feed/stream; the Last-Event-ID header, when present, wins over after (an EventSource reconnects with the first URL). */
export class FeedStreamQueryDto extends FeedTypesQuery {
  @ApiPropertyOptional({
    description:
      'Start after this position (an item’s position, or the `next` of a /feed page); absent and no Last-Event-ID: from the first',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
}
