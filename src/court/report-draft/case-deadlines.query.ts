import { Pool } from 'pg';
import { DEADLINE_CITATION_IT } from '../../projections/deadlines/deadline.labels';
import { DeadlineRow, toView } from '../../projections/deadlines/deadlines.query';
import { CaseDeadline } from './report-draft.build';

/** The case's deadlines from the deadlines read model, with their status as of now. */
export const caseDeadlines = async (pool: Pool, caseId: string, now: Date): Promise<CaseDeadline[]> => {
  const { rows } = await pool.query<DeadlineRow>('SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, id', [caseId]);
  return rows.map((row) => {
    const view = toView(row, now);
    return { label: DEADLINE_CITATION_IT[view.kind] ?? view.kind, dueAt: view.dueAt, status: view.status, metAt: view.metAt };
  });
};
