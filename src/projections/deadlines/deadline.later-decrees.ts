import { CaseEventData } from '../../cases/case.events';
import { isAffido } from '../../cases/protection/measure-term';
import { AFFIDO_DEFAULT_REPORT_MONTHS, DeadlineKind, reportWindows, warningFrom } from './deadline.rules';
import type { NewDeadline } from './deadline.openings';
import { endOfRomeDay } from './rome-time';

/**
 * Deadlines that follow a decree's report interval, and those later decrees open (extensions, modifications).
 * An open-ended interval runs to the horizon: the last day before the minor turns 18, when the case closes or moves on.
 */

interface Periodic {
  idPrefix: string;
  caseId: string;
  kind: DeadlineKind;
  subjectId: string | null;
  from: string;
  until: string | undefined;
  everyMonths: number | undefined;
  authority?: string;
  proceedingNumber?: string;
}

/** Open-ended intervals would fill the list for years ahead: a row shows from its window's opening, an affido's always. */
export const periodicReports = ({ idPrefix, from, until, everyMonths, ...row }: Periodic): NewDeadline[] =>
  everyMonths && until
    ? reportWindows(from, until, everyMonths).map(({ n, opensAt, dueAt }) => ({
        id: `${idPrefix}:${n}`,
        dueAt,
        opensAt,
        ...(row.kind !== 'affido-report' && { shownFrom: opensAt }),
        ...row,
      }))
    : [];

type Ordered = CaseEventData<'ProtectionMeasureOrdered'>;
/** A measure other than affido reports only when its decree sets an interval, up to its end or the horizon. */
export const orderedMeasureReports = (d: Ordered, horizon: string | undefined): NewDeadline[] =>
  isAffido(d.legalBasis)
    ? []
    : periodicReports({
        idPrefix: `measure-report:${d.measureId}`,
        caseId: d.caseId,
        kind: 'measure-report',
        subjectId: d.measureId,
        from: d.startsOn ?? d.decreeDate,
        until: d.endsOn ?? horizon,
        everyMonths: d.reportEveryMonths,
        authority: d.authority,
      });

const endRow = (eventId: string, caseId: string, measureId: string, endsOn: string): NewDeadline => {
  const dueAt = endOfRomeDay(endsOn);
  return {
    id: `affido-end:${measureId}:${eventId}`,
    caseId,
    kind: 'affido-end',
    dueAt,
    subjectId: measureId,
    warnFrom: warningFrom(dueAt),
  };
};

type Terms = { caseId: string; measureId: string; legalBasis: string; authority: string };
const measureReports = (eventId: string, d: Terms, from: string, until: string | undefined, everyMonths: number | undefined) => {
  const affido = isAffido(d.legalBasis);
  return periodicReports({
    idPrefix: `${affido ? 'affido' : 'measure'}-report:${d.measureId}:${eventId}`,
    caseId: d.caseId,
    kind: affido ? 'affido-report' : 'measure-report',
    subjectId: d.measureId,
    from,
    until,
    everyMonths: affido ? (everyMonths ?? AFFIDO_DEFAULT_REPORT_MONTHS) : everyMonths,
    authority: d.authority,
  });
};

/** A proroga moves the affido's end, and reports go on at the interval in force from the old term to the new one. */
export const extensionRows = (eventId: string, d: CaseEventData<'ProtectionMeasureExtended'>): NewDeadline[] => [
  ...(isAffido(d.legalBasis) ? [endRow(eventId, d.caseId, d.measureId, d.endsOn)] : []),
  ...measureReports(eventId, d, d.previousEndsOn, d.endsOn, d.reportEveryMonths),
];

/** A new interval or an earlier end restarts the reports from the decree; the projection cancels those it replaces. */
export const modificationRows = (eventId: string, d: CaseEventData<'ProtectionMeasureModified'>, horizon?: string): NewDeadline[] => {
  if (!changesTerms(d)) return [];
  const end = d.endsOn && isAffido(d.legalBasis) ? [endRow(eventId, d.caseId, d.measureId, d.endsOn)] : [];
  return [...end, ...measureReports(eventId, d, d.decreeDate, d.inForce.endsOn ?? horizon, d.inForce.reportEveryMonths)];
};

export const changesTerms = (d: { endsOn?: string; reportEveryMonths?: number }): boolean =>
  d.endsOn !== undefined || d.reportEveryMonths !== undefined;

type MandateReportsSet = { caseId: string; authority: string; proceedingNumber: string; decreeDate: string } & {
  reportDeadlines?: string[];
  reportEveryMonths?: number;
};
/** A mandate's report dates as the judge set them, and its standing interval from the decree to the horizon. */
export const mandateReports = (eventId: string, m: MandateReportsSet, horizon: string | undefined): NewDeadline[] => {
  const common = { caseId: m.caseId, kind: 'mandate-report' as const, subjectId: eventId, authority: m.authority };
  const fixed = (m.reportDeadlines ?? []).map((date) => ({
    ...common,
    id: `mandate-report:${eventId}:${date}`,
    dueAt: endOfRomeDay(date),
    proceedingNumber: m.proceedingNumber,
  }));
  const periodic = periodicReports({
    ...common,
    idPrefix: `mandate-report:${eventId}:every`,
    from: m.decreeDate,
    until: horizon,
    everyMonths: m.reportEveryMonths,
    proceedingNumber: m.proceedingNumber,
  });
  return [...fixed, ...periodic];
};
