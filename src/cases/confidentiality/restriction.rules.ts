import { DomainError, InvalidInputError } from '../../common/domain-error';
import { NarrativeEntry } from '../case.values';
import { mayReadRestricted } from './sealed-entries';

/**
 * Only a worker of a discipline restricts an entry to it (a psychologist, their evaluations): whoever else could
 * restrict it could also not read it back. The seal comes from the command's sender; an entry without one is refused.
 */
export const assertMayRestrict = (entries: readonly NarrativeEntry[], actor: { role: string }): void => {
  for (const entry of entries) {
    if (!entry.restrictedTo) continue;
    if (!entry.seal || !/^[0-9a-f]{32}$/.test(entry.seal))
      throw new InvalidInputError('ENTRY_SEAL_INVALID', 'A restricted entry needs its seal');
    if (!mayReadRestricted(actor.role, entry.restrictedTo)) {
      throw new DomainError(
        'RESTRICTION_NOT_YOUR_DISCIPLINE',
        `Only a worker of the ${entry.restrictedTo} discipline may restrict an entry to it`,
        403,
        { restrictedTo: entry.restrictedTo },
      );
    }
  }
};
