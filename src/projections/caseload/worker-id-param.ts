import { PipeTransform } from '@nestjs/common';
import { WORKER_ID_MAX_LENGTH, WORKER_ID_PATTERN } from '../../auth/roles';
import { InvalidInputError } from '../../common/domain-error';

/** A worker is a token subject, the same shape team assignments accept; anything else is 400, never a lookup. */
export class WorkerIdParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (typeof value !== 'string' || value.length > WORKER_ID_MAX_LENGTH || !WORKER_ID_PATTERN.test(value)) {
      throw new InvalidInputError('INVALID_WORKER_ID', 'The worker id in the path must be 1-100 letters, digits or . _ @ -');
    }
    return value;
  }
}
