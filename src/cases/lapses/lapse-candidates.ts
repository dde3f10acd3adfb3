import { Pool } from 'pg';
import { LAPSING_KINDS, stepOfKind } from '../../projections/deadlines/deadline.rules';
import { Art403Step } from '../placement/art403.rules';

export interface LapseCandidate {
  /** The deadline row. */
  id: string;
  caseId: string;
  placementId: string;
  missedStep: Art403Step;
  dueAt: Date;
  /** What met the row late, if anything: a new late step makes the row worth another look. */
  metByEventId: string | null;
}

/**
 * Steps of paragraph VII past due and not met in time, on placements with no lapse yet, read from the deadlines
 * projection: it only finds candidates; the case stream decides whether a lapse is due (RecordPlacementLapse).
 */
export const lapseCandidates = async (pool: Pool, now: Date, limit = 200): Promise<LapseCandidate[]> => {
  const { rows } = await pool.query(
    `SELECT d.id, d.case_id, d.subject_id, d.kind, d.due_at, d.met_by_event_id FROM deadlines d
      WHERE d.kind = ANY($1::text[]) AND d.cancelled_at IS NULL AND d.lapsed_by_event_id IS NULL AND d.due_at < $2
        AND (d.met_at IS NULL OR d.met_at > d.due_at)
        AND NOT EXISTS (SELECT 1 FROM deadlines l WHERE l.subject_id = d.subject_id AND l.lapsed_by_event_id IS NOT NULL)
      ORDER BY d.due_at, d.id LIMIT $3`,
    [LAPSING_KINDS, now, limit],
  );
  return rows.map((row) => ({
    id: row.id,
    caseId: row.case_id,
    placementId: row.subject_id,
    missedStep: stepOfKind(row.kind)!,
    dueAt: new Date(row.due_at),
    metByEventId: row.met_by_event_id,
  }));
};
