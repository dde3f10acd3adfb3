import { DeadlineKind } from './deadline.rules';
import { DeadlineRow } from './deadlines.tables';

/** Which rows of a case an event settles. */
export interface Match {
  caseId: string;
  kinds?: readonly DeadlineKind[];
  exceptKinds?: readonly DeadlineKind[];
  subjectId?: string;
  authority?: string;
  proceedingKey?: string | null;
  /** Only rows whose window opened before this instant. */
  openedBefore?: Date;
  /** Only rows due after this instant: what is already past stays as it was (lapsed). */
  dueAfter?: Date;
}

/** Uuids as Postgres compares them: case aside. */
export const sameId = (a: string | null, b: string | null): boolean => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

export const isUnsettled = (row: DeadlineRow): boolean => row.met_by_event_id === null && row.cancelled_by_event_id === null;

/** Instants are compared as instants: a row loaded from Postgres and one written here spell them differently. */
export const isAfter = (instant: string, than: Date): boolean => Date.parse(instant) > than.getTime();

/** The unsettled rows a match finds, as a predicate over a case's rows. */
export const matching =
  (match: Match) =>
  (row: DeadlineRow): boolean =>
    isUnsettled(row) &&
    sameId(row.case_id, match.caseId) &&
    (match.kinds === undefined || match.kinds.includes(row.kind)) &&
    (match.exceptKinds === undefined || !match.exceptKinds.includes(row.kind)) &&
    (match.subjectId === undefined || row.subject_id === match.subjectId) &&
    (match.authority === undefined || row.authority === match.authority) &&
    (!match.proceedingKey || row.proceeding_key === match.proceedingKey) &&
    (match.openedBefore === undefined || row.opens_at === null || Date.parse(row.opens_at) < match.openedBefore.getTime()) &&
    (match.dueAfter === undefined || isAfter(row.due_at, match.dueAfter));

/** Earliest due first, then by id (the database's collation is C: code-point order, as here). */
export const byDueThenId = (a: DeadlineRow, b: DeadlineRow): number =>
  Date.parse(a.due_at) - Date.parse(b.due_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
