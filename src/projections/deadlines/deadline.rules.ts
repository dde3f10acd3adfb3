import { birthday } from '../../cases/case.age';
import { ART403_RULES, Art403Step } from '../../cases/placement/art403.rules';
import { addDays, addMonths, endOfRomeDay, romeInstant } from './rome-time';

/**
 * The statutory deadlines tutela computes (DOMAIN.md, "Legal rules the system computes").
 * Hour deadlines are elapsed hours from an instant, so across a DST change the Rome wall clock moves by an hour;
 * day and month deadlines are Rome calendar arithmetic and end at the last instant of that Rome day.
 */
export const DEADLINE_KINDS = [
  'art403-transmission',
  'art403-pm-request',
  'art403-validation',
  'art403-hearing',
  'art403-review',
  'affido-end',
  'affido-report',
  'mandate-report',
  'measure-report',
  'plan-review',
  'age-18',
  'prosieguo-end',
  'report-screening',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const LEGAL_BASIS: Record<DeadlineKind, string> = {
  'art403-transmission': ART403_RULES.transmission.basis,
  'art403-pm-request': ART403_RULES['pm-request'].basis,
  'art403-validation': ART403_RULES.validation.basis,
  'art403-hearing': ART403_RULES.hearing.basis,
  'art403-review': ART403_RULES.review.basis,
  'affido-end': 'L. 184/1983 art. 4 c. 4: affido lasts at most 24 months unless the TM extends it',
  'affido-report': 'L. 184/1983 art. 4: periodic report to the judge on the affido (default every 6 months)',
  'mandate-report': 'art. 473-bis.27 c.p.c.: report deadline set by the judge in the mandate, or by its report interval',
  'measure-report': 'Decree of the measure: periodic report to the judge at the interval the decree sets',
  'plan-review': 'Support plan (Progetto Quadro): review date agreed in the plan',
  'age-18': 'R.D.L. 1404/1934 art. 25: at 18 the case closes or moves to prosieguo amministrativo',
  'prosieguo-end': 'R.D.L. 1404/1934 art. 25: end of the prosieguo amministrativo set by the decree',
  'report-screening':
    'Service rule: a report (segnalazione) is screened within REPORT_SCREENING_WORKING_DAYS working days, 24 h on serious harm',
};

/** The status a client sees; `lapsed` is computed against now, the other facts are stored. */
export const DEADLINE_STATUSES = ['open', 'met', 'lapsed', 'cancelled'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** The art. 403 kinds by step; a missed one of those that lapse makes the placement lapse (the deadline engine). */
export const ART403_KIND: Record<Art403Step, DeadlineKind> = {
  transmission: 'art403-transmission',
  'pm-request': 'art403-pm-request',
  validation: 'art403-validation',
  hearing: 'art403-hearing',
  review: 'art403-review',
};
export const LAPSING_KINDS = (Object.keys(ART403_KIND) as Art403Step[]).filter((s) => ART403_RULES[s].lapses).map((s) => ART403_KIND[s]);
export const stepOfKind = (kind: string): Art403Step | undefined =>
  (Object.keys(ART403_KIND) as Art403Step[]).find((step) => ART403_KIND[step] === kind);

export const AFFIDO_MAX_MONTHS = 24;
export const AFFIDO_DEFAULT_REPORT_MONTHS = 6;
/** A bound against a decree end far in the future: ten years of monthly reports. */
const MAX_REPORTS = 120;
/** How far ahead the 18th birthday appears, and the affido end turns into a warning. */
export const WARNING_DAYS = 90;

/** The decree's own end when it sets one (a shorter term, or the TM's extension), else 24 months from the start. */
export const affidoEndDate = (startsOn: string, endsOn?: string): string => endsOn ?? addMonths(startsOn, AFFIDO_MAX_MONTHS);

/** One report per interval up to the affido's end; each may be met from the previous due date (its window). */
export const affidoReportWindows = (startsOn: string, endDate: string, everyMonths = AFFIDO_DEFAULT_REPORT_MONTHS) =>
  reportWindows(startsOn, endDate, everyMonths);

/** One report per interval from the anchor (a start, or the decree that set the interval) up to the end. */
export const reportWindows = (startsOn: string, endDate: string, everyMonths: number) => {
  const windows: { n: number; opensAt: Date; dueAt: Date }[] = [];
  for (
    let n = 1, dueOn = addMonths(startsOn, everyMonths);
    dueOn <= endDate && n <= MAX_REPORTS;
    n++, dueOn = addMonths(startsOn, everyMonths * n)
  ) {
    const opensAt = n === 1 ? romeInstant(startsOn) : endOfRomeDay(addMonths(startsOn, everyMonths * (n - 1)));
    windows.push({ n, opensAt, dueAt: endOfRomeDay(dueOn) });
  }
  return windows;
};

/** The last day the service may act without a prosieguo is the day before the 18th birthday (case.age ageLimitFor). */
export const age18Due = (birthDate: string): Date => endOfRomeDay(addDays(birthday(birthDate, 18), -1));
export const age18ShownFrom = (birthDate: string): Date => romeInstant(addDays(birthday(birthDate, 18), -WARNING_DAYS));

export const warningFrom = (dueAt: Date): Date => new Date(dueAt.getTime() - WARNING_DAYS * 86_400_000);

/** What a row stores: met or cancelled by an event, or neither. */
export interface SettledFacts {
  dueAt: Date;
  metAt: Date | null;
  cancelledAt: Date | null;
}

/** A step met after its due time still lapsed (art. 403: the missed step makes the measure lapse); the late event stays shown. */
export const statusOf = (row: SettledFacts, now: Date): DeadlineStatus => {
  if (row.cancelledAt) return 'cancelled';
  if (row.metAt) return row.metAt.getTime() <= row.dueAt.getTime() ? 'met' : 'lapsed';
  return now.getTime() > row.dueAt.getTime() ? 'lapsed' : 'open';
};
