import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** 32 random bytes, base64url: exactly 43 characters. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export class CalendarFeedQueryDto {
  @ApiProperty({ pattern: FEED_TOKEN_PATTERN.source, description: 'The token POST /workers/{workerId}/calendar-token answered' })
  @Matches(FEED_TOKEN_PATTERN)
  token!: string;
}
