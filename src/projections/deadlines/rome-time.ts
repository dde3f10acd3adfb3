/** Europe/Rome wall-clock time and calendar arithmetic, where every legal deadline is counted (DOMAIN.md). */
const romeClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const DAY_MS = 86_400_000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const HAS_ZONE = /(Z|[+-]\d{2}(:?\d{2})?)$/i;

const wallClock = (instant: Date) => {
  const parts = Object.fromEntries(romeClock.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
};

/** Minutes Rome is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export const romeOffsetMinutes = (instant: Date): number => {
  const { date, time } = wallClock(instant);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((Date.parse(`${date}T${time}Z`) - wholeSeconds) / 60_000);
};

/** The instant a Rome wall-clock time denotes; midnight, the only time the rules build, always exists exactly once. */
export const romeInstant = (date: string, time = '00:00:00'): Date => {
  const asUtc = Date.parse(`${date}T${time}Z`);
  const guess = asUtc - romeOffsetMinutes(new Date(asUtc)) * 60_000;
  return new Date(asUtc - romeOffsetMinutes(new Date(guess)) * 60_000);
};

/** An ISO 8601 text as an instant: a bare date is Rome's midnight, a time without offset is Rome's wall clock. */
export const instantOf = (text: string): Date => {
  if (DATE_ONLY.test(text)) return romeInstant(text);
  if (!HAS_ZONE.test(text)) {
    const [date, time] = text.split('T');
    return romeInstant(date, time.length === 5 ? `${time}:00` : time.slice(0, 8));
  }
  return new Date(text);
};

/** The YYYY-MM-DD date an instant falls on in Rome. */
export const romeDateOf = (instant: Date): string => wallClock(instant).date;

/** ISO 8601 to the second with Rome's offset of that instant, e.g. 2026-10-26T09:30:00+01:00. */
export const romeIso = (instant: Date): string => {
  const { date, time } = wallClock(instant);
  const offset = romeOffsetMinutes(instant);
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T${time}${offset < 0 ? '-' : '+'}${hours}:${minutes}`;
};

/** The last millisecond of a Rome calendar day: a day deadline may be met until then. */
export const endOfRomeDay = (date: string): Date => new Date(romeInstant(addDays(date, 1)).getTime() - 1);

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Months count to the same day number; a month without that day ends on its last day (art. 2963 c.c.). */
export const addMonths = (date: string, months: number): string => {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
};
