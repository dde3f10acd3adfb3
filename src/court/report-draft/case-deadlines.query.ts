import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { DEADLINE_CITATION_IT } from '../../projections/deadlines/deadline.labels';
import { DeadlineRow, toView } from '../../projections/deadlines/deadline.row';
import { CaseDeadline } from './report-draft.build';

/** The case's deadlines from the deadlines read model, with their status as of now. */
export class ListCaseDeadlines extends Query<CaseDeadline[]> {
  constructor(
    readonly caseId: string,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ListCaseDeadlines)
export class ListCaseDeadlinesHandler implements IQueryHandler<ListCaseDeadlines, CaseDeadline[]> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ caseId, now }: ListCaseDeadlines): Promise<CaseDeadline[]> {
    const { rows } = await this.pool.query<DeadlineRow>('SELECT * FROM deadlines WHERE case_id = $1 ORDER BY due_at, id', [caseId]);
    return rows.map((row) => {
      const view = toView(row, now);
      return { label: DEADLINE_CITATION_IT[view.kind] ?? view.kind, dueAt: view.dueAt, status: view.status, metAt: view.metAt };
    });
  }
}
