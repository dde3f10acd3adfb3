import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { PG_POOL } from '../../database/database.tokens';
import { ApprovalView, ApprovalsPage, ApprovalsQueryDto } from './dto/approvals.dto';

interface Row {
  approval_id: string;
  case_id: string;
  act: string;
  subject_key: string;
  submitted_by: string;
  submitted_at: Date;
  status: string;
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
}

const toView = (r: Row): ApprovalView => ({
  approvalId: r.approval_id,
  caseId: r.case_id,
  act: r.act,
  subjectKey: r.subject_key,
  submittedBy: r.submitted_by,
  submittedAt: r.submitted_at.toISOString(),
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at?.toISOString() ?? null,
  reason: r.reason,
});

/** Oldest first: what has waited longest comes first in the coordinator's inbox. */
export class ListApprovals extends Query<ApprovalsPage> {
  constructor(readonly query: ApprovalsQueryDto) {
    super();
  }
}

@QueryHandler(ListApprovals)
export class ListApprovalsHandler implements IQueryHandler<ListApprovals, ApprovalsPage> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ query }: ListApprovals): Promise<ApprovalsPage> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const [afterAt, afterId] = query.cursor ? decodeKeyset(query.cursor, ['instant', 'uuid']) : [null, null];
    const { rows } = await this.pool.query<Row>(
      `SELECT * FROM approvals WHERE status = $1 AND ($2::timestamptz IS NULL OR (submitted_at, approval_id) > ($2, $3::uuid))
      ORDER BY submitted_at, approval_id LIMIT $4`,
      [query.status ?? 'pending', afterAt, afterId, limit + 1],
    );
    return pageOf(rows, limit, toView, (r) => [r.submitted_at.toISOString(), r.approval_id]);
  }
}
