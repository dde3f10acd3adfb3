import { addDays, endOfRomeDay, instantOf, romeDateOf } from '../../projections/deadlines/rome-time';

/**
 * Art. 403 c.c. as amended by L. 206/2021 art. 1 c. 27 (proceedings from 22 June 2022), step by step.
 * Hour terms are elapsed hours from an instant (across a DST change the Rome wall clock moves by an hour);
 * day terms end at the last instant of that Rome day. Paragraph VII: the placement loses effect when the transmission
 * of the acts, the PM's request or the TM's decrees miss their terms; the immediate oral notice (II) and the hearing
 * date (IV) carry no lapse of their own.
 */
export const ART403_STEPS = ['transmission', 'pm-request', 'validation', 'hearing', 'review'] as const;
export type Art403Step = (typeof ART403_STEPS)[number];

interface StepRule {
  /** The paragraph and what it asks, as the rule table cites it. */
  basis: string;
  /** A missed term makes the placement lapse (paragraph VII). */
  lapses: boolean;
}

export const ART403_RULES: Record<Art403Step, StepRule> = {
  transmission: {
    basis: 'art. 403 c. 2 c.c.: measure, documents and a short report to the PM at the TM within 24 h of the placement',
    lapses: true,
  },
  'pm-request': {
    basis: 'art. 403 c. 3 c.c.: the PM revokes, or asks the TM to validate, within the 72 h after the acts',
    lapses: true,
  },
  validation: {
    basis: 'art. 403 c. 4 c.c.: the TM decides on validation within the 48 h after the request, appoints a curatore speciale',
    lapses: true,
  },
  hearing: { basis: 'art. 403 c. 4 c.c.: the validation decree sets the hearing within 15 days', lapses: false },
  review: {
    basis: 'art. 403 c. 5 c.c.: within 15 days after the hearing the TM confirms, modifies or revokes the validation',
    lapses: true,
  },
};

/** Paragraph VII, cited by every MeasureLapsed of a placement. */
export const ART403_LAPSE_BASIS = 'art. 403 c. 7 c.c.';

const HOUR_MS = 3_600_000;
const afterHours = (from: string, hours: number) => new Date(instantOf(from).getTime() + hours * HOUR_MS);

export const ART403_TRANSMISSION_HOURS = 24;
export const ART403_PM_HOURS = 72;
export const ART403_TM_HOURS = 48;
export const ART403_HEARING_DAYS = 15;
export const ART403_REVIEW_DAYS = 15;

export const transmissionDue = (placedAt: string): Date => afterHours(placedAt, ART403_TRANSMISSION_HOURS);
export const pmRequestDue = (actsTransmittedAt: string): Date => afterHours(actsTransmittedAt, ART403_PM_HOURS);
export const validationDue = (requestedAt: string): Date => afterHours(requestedAt, ART403_TM_HOURS);
export const hearingDue = (validationDecreeDate: string): Date => endOfRomeDay(addDays(validationDecreeDate, ART403_HEARING_DAYS));
/** "Entro i quindici giorni successivi" to the hearing: to the end of the 15th Rome day after its date. */
export const reviewDue = (hearingAt: string): Date => endOfRomeDay(addDays(romeDateOf(instantOf(hearingAt)), ART403_REVIEW_DAYS));

/** A step done after its due instant is late: recorded, marked, and it revives nothing. */
export const isLate = (doneAt: string, due: Date): boolean => instantOf(doneAt).getTime() > due.getTime();
