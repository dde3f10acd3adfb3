import { InvalidInputError } from '../common/domain-error';
import { ExportRange, TimeAxis } from './audit-trail.types';

/** A validated period as instants in UTC; from after to is 400 INVALID_RANGE. */
export const rangeOf = (period: { from?: string; to?: string }, axis: TimeAxis = 'recorded'): ExportRange => {
  const from = period.from === undefined ? null : new Date(period.from).toISOString();
  const to = period.to === undefined ? null : new Date(period.to).toISOString();
  if (from !== null && to !== null && from > to) {
    throw new InvalidInputError('INVALID_RANGE', `The period starts (${period.from}) after it ends (${period.to})`, {
      from: period.from,
      to: period.to,
    });
  }
  return { axis, from, to };
};
