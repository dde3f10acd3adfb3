import { TablesRows } from '../define/define-projection';
import { LEGAL_BASIS } from './deadline.rules';
import { NewDeadline, proceedingKey } from './deadline.openings';
import { Match, byDueThenId, isAfter, matching, sameId } from './deadline.match';
import { DEADLINE_TABLES, DeadlineRow } from './deadlines.tables';

/** The writes of the deadlines projection: a case's rows are read whole, matched in memory, and written back. */
export type DeadlineRows = TablesRows<typeof DEADLINE_TABLES>;

/** The event that settles rows, and when it happened as the user told it. */
export interface Settlement {
  id: string;
  type: string;
  at: string;
}

/** A row as it opens: no window, warning or authority unless given, nothing settled yet. */
export const OPEN_ROW_FACTS = {
  opens_at: null,
  warn_from: null,
  shown_from: null,
  authority: null,
  proceeding_number: null,
  proceeding_key: null,
  met_by_event_id: null,
  met_by_event_type: null,
  met_at: null,
  cancelled_by_event_id: null,
  cancelled_by_event_type: null,
  cancelled_at: null,
  lapsed_by_event_id: null,
} satisfies Partial<DeadlineRow>;

const iso = (instant: Date | undefined): string | null => instant?.toISOString() ?? null;

export const newDeadlineRow = (row: NewDeadline): DeadlineRow => ({
  ...OPEN_ROW_FACTS,
  id: row.id,
  case_id: row.caseId,
  kind: row.kind,
  legal_basis: LEGAL_BASIS[row.kind],
  due_at: row.dueAt.toISOString(),
  subject_id: row.subjectId,
  opens_at: iso(row.opensAt),
  warn_from: iso(row.warnFrom),
  shown_from: iso(row.shownFrom),
  authority: row.authority ?? null,
  proceeding_number: row.proceedingNumber ?? null,
  proceeding_key: proceedingKey(row.proceedingNumber),
});

/** A row an event opens again (a replay, a second hearing) stays as it is. */
export const openDeadlines = (rows: DeadlineRows, opened: NewDeadline[]): void => {
  for (const row of opened) rows.deadlines.insertIfAbsent(newDeadlineRow(row));
};

/** The case's unsettled rows the match finds. */
export const rowsMatching = (rows: DeadlineRows, match: Match): DeadlineRow[] =>
  rows.deadlines.where('case_id', match.caseId).filter(matching(match));

const metBy = (row: DeadlineRow, by: Settlement, metAt: string): DeadlineRow => ({
  ...row,
  met_by_event_id: by.id,
  met_by_event_type: by.type,
  met_at: metAt,
});

/** Every unsettled row the match finds is met by the event; `metAt` defaults to when it occurred. */
export const meet = (rows: DeadlineRows, by: Settlement, match: Match, metAt = by.at): void => {
  for (const row of rowsMatching(rows, match)) rows.deadlines.put(metBy(row, by, metAt));
};

/** Only the earliest unsettled row the match finds is met: one report answers one deadline. */
export const meetEarliest = (rows: DeadlineRows, by: Settlement, match: Match): void => {
  const [earliest] = rowsMatching(rows, match).sort(byDueThenId);
  if (earliest) rows.deadlines.put(metBy(earliest, by, by.at));
};

/** Unsettled rows the match finds, still ahead when the event occurred (or after dueAfter), no longer apply. */
export const cancel = (rows: DeadlineRows, by: Settlement, match: Match): void => {
  const ahead = { ...match, dueAfter: match.dueAfter ?? new Date(by.at) };
  for (const row of rowsMatching(rows, ahead)) {
    rows.deadlines.put({ ...row, cancelled_by_event_id: by.id, cancelled_by_event_type: by.type, cancelled_at: by.at });
  }
};

/** A reopening undoes what its closure settled, for the rows still ahead; those due while the case was closed stay as they are. */
export const restoreAfterClosure = (rows: DeadlineRows, caseId: string, closureEventId: string, reopenedAt: Date): void => {
  for (const row of rows.deadlines.where('case_id', caseId)) {
    if (!isAfter(row.due_at, reopenedAt)) continue;
    const met = sameId(row.met_by_event_id, closureEventId);
    const cancelled = sameId(row.cancelled_by_event_id, closureEventId);
    if (!met && !cancelled) continue;
    rows.deadlines.put({
      ...row,
      ...(met && { met_by_event_id: null, met_by_event_type: null, met_at: null }),
      ...(cancelled && { cancelled_by_event_id: null, cancelled_by_event_type: null, cancelled_at: null }),
    });
  }
};
