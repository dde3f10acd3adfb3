import { addDays } from '../../projections/deadlines/rome-time';

/** Fixed national holidays of the Italian Republic (L. 260/1949 and later), as MM-DD. */
const NATIONAL_HOLIDAYS = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];

export const PATRON_SAINT_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher), as YYYY-MM-DD. */
export const easterSunday = (year: number): string => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export const easterMonday = (year: number): string => addDays(easterSunday(year), 1);

/** A Rome calendar date (YYYY-MM-DD) that is a public holiday: national, Easter Monday, or the municipality's patron saint. */
export const isPublicHoliday = (date: string, patronSaintDay?: string): boolean => {
  const monthDay = date.slice(5);
  return NATIONAL_HOLIDAYS.includes(monthDay) || monthDay === patronSaintDay || date === easterMonday(Number(date.slice(0, 4)));
};

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/** Monday to Friday and not a public holiday. */
export const isWorkingDay = (date: string, patronSaintDay?: string): boolean => !isWeekend(date) && !isPublicHoliday(date, patronSaintDay);

/** The Rome date `workingDays` working days after `date` (which itself is not counted). */
export const addWorkingDays = (date: string, workingDays: number, patronSaintDay?: string): string => {
  let day = date;
  for (let counted = 0; counted < workingDays;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, patronSaintDay)) counted += 1;
  }
  return day;
};
