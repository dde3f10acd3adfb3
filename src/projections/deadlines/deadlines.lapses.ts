import { DeadlineKind } from './deadline.rules';
import { Match, byDueThenId, isUnsettled } from './deadline.match';
import { DeadlineRows, Settlement, rowsMatching } from './deadlines.settle';

/** The art. 403 lapses (c. 7) as the deadlines projection keeps them. */

/**
 * The missed step's row keeps the lapse that followed it; the placement's other open steps no longer apply.
 * The lapse is dated at the due instant: the steps still ahead then are cancelled as of that instant.
 */
export const recordLapse = (rows: DeadlineRows, by: Settlement, caseId: string, placementId: string, kind: DeadlineKind): void => {
  rows.deadlines.update({ id: `${kind}:${placementId}` }, (row) => ({ ...row, lapsed_by_event_id: by.id }));
  closeAfterLapse(rows, caseId, placementId);
};

/** Rows of a lapsed placement still unsettled, but for the missed one: cancelled by the lapse, at its instant. */
export const closeAfterLapse = (rows: DeadlineRows, caseId: string, placementId: string): void => {
  const placement = rows.deadlines.where('case_id', caseId).filter((row) => row.subject_id === placementId);
  const lapsed = placement.filter((row) => row.lapsed_by_event_id !== null).sort(byDueThenId);
  for (const row of placement.filter(isUnsettled)) {
    const lapse = lapsed.find((l) => l.id !== row.id);
    if (!lapse) continue;
    rows.deadlines.put({
      ...row,
      cancelled_by_event_id: lapse.lapsed_by_event_id,
      cancelled_by_event_type: 'MeasureLapsed',
      cancelled_at: lapse.due_at,
    });
  }
};

/**
 * A step the stream cannot date apart (written before the steps were split): cancelled by the event that implies it,
 * as of its due instant.
 */
export const settleUnknown = (rows: DeadlineRows, by: Settlement, match: Required<Pick<Match, 'caseId' | 'kinds' | 'subjectId'>>): void => {
  for (const row of rowsMatching(rows, match)) {
    rows.deadlines.put({ ...row, cancelled_by_event_id: by.id, cancelled_by_event_type: by.type, cancelled_at: row.due_at });
  }
};
