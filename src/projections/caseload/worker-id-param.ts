import { PipeTransform } from '@nestjs/common';
import { WORKER_ID_PATTERN } from '../../cases/dto/decorators';
import { InvalidInputError } from '../../common/domain-error';

/** A worker is a token subject, the same shape team assignments accept; anything else is 400, never a lookup. */
export class WorkerIdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > 100 || !WORKER_ID_PATTERN.test(value)) {
      throw new InvalidInputError('INVALID_WORKER_ID', 'The worker id in the path must be 1-100 letters, digits or . _ @ -');
    }
    return value;
  }
}
