import { InvalidInputError } from '../../common/domain-error';
import { romeDate } from '../../common/rome-date';
import { endOfRomeDay, romeInstant } from '../../projections/deadlines/rome-time';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period as asked, and as instants and Europe/Rome days to compare with. */
export interface ExportPeriod {
  from: string;
  to: string;
  startsAt: Date;
  endsAt: Date;
  /** The Rome day endsAt falls on: dated items after it did not exist yet at the end of the period. */
  lastDay: string;
}

/** A bare date is a whole Rome day: from its first instant, to its last. A reversed range is 400 INVALID_RANGE. */
export const exportPeriodOf = (query: { from: string; to: string }): ExportPeriod => {
  const startsAt = CALENDAR_DATE.test(query.from) ? romeInstant(query.from) : new Date(query.from);
  const endsAt = CALENDAR_DATE.test(query.to) ? endOfRomeDay(query.to) : new Date(query.to);
  if (startsAt > endsAt) {
    throw new InvalidInputError('INVALID_RANGE', `The period starts (${query.from}) after it ends (${query.to})`, {
      from: query.from,
      to: query.to,
    });
  }
  return { from: query.from, to: query.to, startsAt, endsAt, lastDay: romeDate(endsAt) };
};
