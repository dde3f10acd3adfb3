import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { ReportInboxQueryDto, ReportInboxView } from './dto/report.view';

export type ReportInboxPage = Pick<ReportInboxQueryDto, 'status' | 'limit' | 'cursor'>;

/**
 * The report inbox, from the community read model: soonest screening deadline first; no reporter identity.
 * A report still awaiting screening is overdue once its deadline is before `now`.
 */
export class ReadReportInbox extends Query<ReportInboxView> {
  constructor(
    readonly page: ReportInboxPage,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ReadReportInbox)
export class ReadReportInboxHandler implements IQueryHandler<ReadReportInbox, ReportInboxView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({
    page: { status = 'awaiting-screening', limit = DEFAULT_PAGE_LIMIT, cursor },
    now,
  }: ReadReportInbox): Promise<ReportInboxView> {
    const after = cursor ? decodeKeyset(cursor, ['instant', 'uuid']) : null;
    const { rows } = await this.pool.query(
      `SELECT * FROM community_reports
        WHERE (outcome IS NULL) = $1 AND ($2::timestamptz IS NULL OR (screening_due_at, report_id) > ($2::timestamptz, $3::uuid))
        ORDER BY screening_due_at, report_id LIMIT $4`,
      [status === 'awaiting-screening', after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      (r) => ({
        id: r.report_id,
        sourceKind: r.source_kind,
        ...(r.partner_id && { partnerId: r.partner_id }),
        seriousHarm: r.serious_harm,
        receivedAt: (r.received_at as Date).toISOString(),
        screeningDueAt: (r.screening_due_at as Date).toISOString(),
        status: r.outcome ? 'screened' : 'awaiting-screening',
        overdue: !r.outcome && (r.screening_due_at as Date) < now,
        ...(r.outcome && { outcome: r.outcome }),
        ...(r.case_id && { caseId: r.case_id }),
      }),
      (r) => [(r.screening_due_at as Date).toISOString(), r.report_id],
    );
  }
}
