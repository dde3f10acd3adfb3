import { endOfRomeDay, romeDateOf } from '../../projections/deadlines/rome-time';
import { addWorkingDays } from './working-days';

const HOUR_MS = 3_600_000;
/** Serious harm is screened within a day, whatever the calendar. */
export const SERIOUS_HARM_SCREENING_HOURS = 24;

/**
 * The end of the Rome day `workingDays` working days after receipt: Monday to Friday, skipping Italian public holidays
 * and the municipality's patron saint's day (MM-DD) when configured.
 */
export const screeningDueAt = (receivedAt: string, seriousHarm: boolean, workingDays: number, patronSaintDay?: string): string => {
  if (seriousHarm) return new Date(Date.parse(receivedAt) + SERIOUS_HARM_SCREENING_HOURS * HOUR_MS).toISOString();
  return endOfRomeDay(addWorkingDays(romeDateOf(new Date(receivedAt)), workingDays, patronSaintDay)).toISOString();
};
