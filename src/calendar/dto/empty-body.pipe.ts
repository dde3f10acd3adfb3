import { PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../../common/domain-error';

/** POST /workers/{workerId}/calendar-token takes no fields: no body or `{}`; anything else is 400 and issues nothing. */
export class EmptyBody implements PipeTransform<unknown, undefined> {
  transform(value: unknown): undefined {
    const empty =
      value === undefined || (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
    if (!empty) throw new InvalidInputError('VALIDATION_FAILED', 'This request takes no body, or an empty JSON object');
    return undefined;
  }
}
