import { birthday } from '../cases/case.age';
import { Random } from './random';

/** Calendar arithmetic in whole days (UTC day numbers), and the map from a story's days to real instants. */
export const DAY_MS = 86_400_000;
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The last day a minor born on birthDate is under 18 (the case's limit without prosieguo). */
export const lastMinorDay = (birthDate: string): number => dayNumber(birthday(birthDate, 18)) - 1;

/** How far back the data goes. */
export const HISTORY_DAYS = 3 * 365;

/**
 * A story is written in "story days" from its opening; a Timeline places it in the calendar.
 * Times fall in office hours, 07:00–17:00 UTC, so the Europe/Rome date is the UTC date; later story days never map earlier.
 */
export class Timeline {
  constructor(
    readonly startDay: number,
    readonly scale: number,
  ) {}

  instant(t: number): string {
    const days = t * this.scale;
    const whole = Math.floor(days);
    const minutes = 7 * 60 + Math.round((days - whole) * 600);
    return new Date((this.startDay + whole) * DAY_MS + minutes * 60_000).toISOString().replace('.000Z', 'Z');
  }

  /** The Rome calendar date of story day t. */
  date(t: number): string {
    return this.instant(t).slice(0, 10);
  }
}

export type Ending = 'ongoing' | 'closed' | 'age-limit';

/**
 * Places a story of `length` story days between lo and hi (day numbers, both allowed), compressing it when it does not fit:
 * an ongoing case ends shortly before hi, a closed one anywhere in between, an age-limit closure on hi itself.
 */
export const placeStory = (random: Random, length: number, lo: number, hi: number, ending: Ending): Timeline => {
  const room = Math.max(0, hi - lo);
  const fit = (start: number, end: number) =>
    start >= lo ? new Timeline(start, 1) : new Timeline(lo, length > 0 ? Math.max(0, end - lo) / length : 1);
  if (ending === 'closed') {
    if (length <= room) return new Timeline(lo + Math.floor(random.next() * (room - length + 1)), 1);
    return fit(lo - 1, hi);
  }
  const end = ending === 'age-limit' ? hi : hi - random.int(0, Math.min(20, Math.floor(room / 4)));
  return fit(end - Math.ceil(length), end);
};
