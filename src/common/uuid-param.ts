import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from './domain-error';

/** Path ids are UUIDs; anything else is 400 INVALID_ID, never a lookup. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new InvalidInputError('INVALID_ID', 'The id in the path must be a UUID'),
});
