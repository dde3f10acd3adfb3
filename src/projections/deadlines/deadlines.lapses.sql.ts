import { PoolClient } from 'pg';
import { RecordedEvent } from '../../event-store/event-store';
import { TableNames } from '../projection';
import { DeadlineKind } from './deadline.rules';
import { Match } from './deadlines.sql';

/** The art. 403 lapses (c. 7) as the deadlines projection keeps them; always through `t`, so a rebuild writes its shadow tables. */

/**
 * The missed step's row keeps the lapse that followed it; the placement's other open steps no longer apply.
 * The lapse is dated at the due instant: the steps still ahead then are cancelled as of that instant.
 */
export const recordLapse = async (tx: PoolClient, t: TableNames, event: RecordedEvent, placementId: string, kind: DeadlineKind) => {
  await tx.query(`UPDATE ${t.deadlines} SET lapsed_by_event_id = $1 WHERE id = $2`, [event.id, `${kind}:${placementId}`]);
  await closeAfterLapse(tx, t, placementId);
};

/** Rows of a lapsed placement still unsettled, but for the missed one: cancelled by the lapse, at its instant. */
export const closeAfterLapse = async (tx: PoolClient, t: TableNames, placementId: string) =>
  tx.query(
    `UPDATE ${t.deadlines} d SET cancelled_by_event_id = l.lapsed_by_event_id, cancelled_by_event_type = 'MeasureLapsed', cancelled_at = l.due_at
       FROM ${t.deadlines} l
      WHERE l.subject_id = $1 AND l.lapsed_by_event_id IS NOT NULL AND d.subject_id = $1 AND d.id <> l.id
        AND d.met_by_event_id IS NULL AND d.cancelled_by_event_id IS NULL`,
    [placementId],
  );

/** A step the stream cannot date apart (written before the steps were split): cancelled by the event that implies it. */
export const settleUnknown = (
  tx: PoolClient,
  t: TableNames,
  event: RecordedEvent,
  match: Required<Pick<Match, 'caseId' | 'kinds' | 'subjectId'>>,
) =>
  tx.query(
    `UPDATE ${t.deadlines} SET cancelled_by_event_id = $1, cancelled_by_event_type = $2, cancelled_at = due_at
      WHERE case_id = $3 AND kind = ANY($4::text[]) AND subject_id = $5 AND met_by_event_id IS NULL AND cancelled_by_event_id IS NULL`,
    [event.id, event.type, match.caseId, match.kinds, match.subjectId],
  );
