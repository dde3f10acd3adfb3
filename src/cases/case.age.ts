export { romeDate } from '../common/rome-date';

/** The Nth birthday of a YYYY-MM-DD birth date; a 29 February birth rolls to 1 March in common years. */
export const birthday = (birthDate: string, years: number): string => {
  const [year, month, day] = birthDate.split('-').map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
};

/** Whole years of age on a calendar date (YYYY-MM-DD). */
export const ageOn = (birthDate: string, date: string): number => {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date < birthday(birthDate, years) ? years - 1 : years;
};

/** Under 18 on a calendar date: the 18th birthday itself is already of age. */
export const isUnder18On = (birthDate: string, date: string): boolean => date < birthday(birthDate, 18);

/**
 * The last date on which the service may act: the day before the 18th birthday,
 * or the prosieguo's end when a prosieguo amministrativo decree is in force.
 */
export const ageLimitFor = (birthDate: string, prosieguoUntil?: string): string => {
  const dayBefore18 = new Date(Date.parse(birthday(birthDate, 18)) - 86_400_000).toISOString().slice(0, 10);
  return prosieguoUntil && prosieguoUntil > dayBefore18 ? prosieguoUntil : dayBefore18;
};
