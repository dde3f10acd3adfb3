import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';
import { DeadlineRow, toView } from '../projections/deadlines/deadline.row';
import { DeadlineView } from '../projections/deadlines/dto/deadline.view';

/** A deadline as calendars and e-mails show it: the case named by its R.G. number or a short reference, never the minor. */
export type WorkerDeadline = DeadlineView & { caseId: string; caseReference: string; dueInstant: Date };

const MAX_ROWS = 1000;

/** The case's R.G. number when a decree or mandate gave one, else the first block of its id (enough to find it). */
export const caseReferenceOf = (caseId: string, proceedingNumber: string | null): string =>
  proceedingNumber ? `R.G. ${proceedingNumber.replace(/\s*R\.?\s*G\.?\s*$/i, '')}` : `pratica ${caseId.slice(0, 8)}`;

/**
 * The unmet, uncancelled deadlines of the cases a worker opened or is on (the need-to-know of GET /deadlines for a
 * team member), overdue ones included; `dueBefore` bounds them (the digest's days ahead). Soonest first.
 */
export class ListWorkerDeadlines extends Query<WorkerDeadline[]> {
  constructor(
    readonly workerId: string,
    readonly now: Date,
    readonly dueBefore?: Date,
  ) {
    super();
  }
}

@QueryHandler(ListWorkerDeadlines)
export class ListWorkerDeadlinesHandler implements IQueryHandler<ListWorkerDeadlines, WorkerDeadline[]> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ workerId, now, dueBefore }: ListWorkerDeadlines): Promise<WorkerDeadline[]> {
    const { rows } = await this.pool.query<DeadlineRow & { case_id: string; known_proceeding: string | null }>(
      `SELECT d.*, COALESCE(d.proceeding_number,
              (SELECT max(p.proceeding_number) FROM deadlines p WHERE p.case_id = d.case_id)) AS known_proceeding
       FROM deadlines d JOIN deadline_cases c ON c.case_id = d.case_id
      WHERE (c.opened_by = $3 OR EXISTS (SELECT 1 FROM deadline_team v WHERE v.case_id = d.case_id AND v.worker_id = $3))
        AND d.met_at IS NULL AND d.cancelled_at IS NULL
        AND (d.shown_from IS NULL OR d.shown_from <= $1::timestamptz)
        AND ($2::timestamptz IS NULL OR d.due_at < $2::timestamptz)
      ORDER BY d.due_at, d.id LIMIT ${MAX_ROWS}`,
      [now, dueBefore ?? null, workerId],
    );
    return rows.map((row) => ({
      ...toView(row, now),
      caseId: row.case_id,
      // dueAt is to the second; a day term ends at the day's last millisecond, which tells it from an hour term.
      dueInstant: new Date(row.due_at),
      caseReference: caseReferenceOf(row.case_id, row.known_proceeding),
    }));
  }
}
