import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { Principal, seesOnlyOwnCases } from '../../auth/roles';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { PG_POOL } from '../../database/database.tokens';
import { DeadlineRow, toView } from './deadline.row';
import { DeadlinesPage } from './dto/deadline.view';
import { DeadlinesQueryDto } from './dto/deadlines.query.dto';
import { seesReportDeadlines } from './report-deadline';
import { instantOf } from './rome-time';

/** The same rule as statusOf, in SQL ($1 is now), so the status filter pages correctly. */
const LAPSED = 'd.cancelled_at IS NULL AND (d.met_at > d.due_at OR (d.met_at IS NULL AND d.due_at < $1))';

/**
 * One statement for every filter: an absent filter is a NULL parameter that makes its condition true.
 * Team members see the deadlines of the cases they opened or are on the team of ($2), as in the case list; those
 * who see report screenings ($3) also see the rows without a case. What needs action comes first: lapsed and
 * overdue rows (rank 0), then the rest, each soonest first.
 */
const DEADLINES_SQL = `
  SELECT d.*, r.rank FROM deadlines d
    LEFT JOIN deadline_cases c ON c.case_id = d.case_id
    CROSS JOIN LATERAL (SELECT CASE WHEN ${LAPSED} THEN 0 ELSE 1 END AS rank) r
   WHERE ($2::text IS NULL OR c.opened_by = $2
          OR EXISTS (SELECT 1 FROM deadline_team v WHERE v.case_id = d.case_id AND v.worker_id = $2))
     AND ($3::boolean OR d.case_id IS NOT NULL)
     AND CASE $4::text
           WHEN 'cancelled' THEN d.cancelled_at IS NOT NULL
           WHEN 'met' THEN d.cancelled_at IS NULL AND d.met_at <= d.due_at
           WHEN 'lapsed' THEN ${LAPSED}
           WHEN 'open' THEN d.cancelled_at IS NULL AND d.met_at IS NULL AND d.due_at >= $1
           ELSE d.cancelled_at IS NULL
         END
     AND ($5::boolean OR d.shown_from IS NULL OR d.shown_from <= $1)
     AND ($6::uuid IS NULL OR d.case_id = $6)
     AND ($7::text IS NULL OR d.kind = $7)
     AND ($8::timestamptz IS NULL OR d.due_at < $8)
     AND ($9::text IS NULL OR EXISTS (SELECT 1 FROM deadline_team w WHERE w.case_id = d.case_id AND w.worker_id = $9))
     AND ($10::int IS NULL OR (r.rank, d.due_at, d.id) > ($10, $11::timestamptz, $12::text))
   ORDER BY r.rank, d.due_at, d.id
   LIMIT $13`;

/** The deadlines the viewer may see at `now`, filtered as asked, a page at a time (keyset cursor). */
export class ListDeadlines extends Query<DeadlinesPage> {
  constructor(
    readonly query: DeadlinesQueryDto,
    readonly viewer: Principal,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ListDeadlines)
export class ListDeadlinesHandler implements IQueryHandler<ListDeadlines, DeadlinesPage> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ query, viewer, now }: ListDeadlines): Promise<DeadlinesPage> {
    // Lapsed rows (rank 0) come before the rest (rank 1), each soonest first: the keyset is lapsed, due, id.
    const [afterLapsed, afterDue, afterId] = query.cursor ? decodeKeyset(query.cursor, ['boolean', 'instant', 'text']) : [null, null, null];
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const { rows } = await this.pool.query<DeadlineRow & { rank: number }>(DEADLINES_SQL, [
      now,
      seesOnlyOwnCases(viewer) ? viewer.id : null,
      seesOnlyOwnCases(viewer) ? false : seesReportDeadlines(viewer),
      query.status ?? null,
      query.includeNotYetShown ?? false,
      query.caseId ?? null,
      query.kind ?? null,
      query.dueBefore ? instantOf(query.dueBefore) : null,
      query.workerId ?? null,
      afterLapsed === null ? null : afterLapsed ? 0 : 1,
      afterDue,
      afterId,
      limit + 1,
    ]);
    const keyOf = (row: DeadlineRow & { rank: number }) => [row.rank === 0, new Date(row.due_at).toISOString(), row.id];
    return pageOf(rows, limit, (row) => toView(row, now), keyOf);
  }
}
