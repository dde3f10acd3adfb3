import { addDays, endOfRomeDay, romeDateOf } from '../../projections/deadlines/rome-time';

const HOUR_MS = 3_600_000;
/** Serious harm is screened within a day, whatever the calendar. */
export const SERIOUS_HARM_SCREENING_HOURS = 24;

const isWeekend = (date: string): boolean => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());

/** The end of the Rome day `workingDays` working days (Monday to Friday; public holidays are not known) after receipt. */
export const screeningDueAt = (receivedAt: string, seriousHarm: boolean, workingDays: number): string => {
  if (seriousHarm) return new Date(Date.parse(receivedAt) + SERIOUS_HARM_SCREENING_HOURS * HOUR_MS).toISOString();
  let date = romeDateOf(new Date(receivedAt));
  for (let counted = 0; counted < workingDays;) {
    date = addDays(date, 1);
    if (!isWeekend(date)) counted += 1;
  }
  return endOfRomeDay(date).toISOString();
};
