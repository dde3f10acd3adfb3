import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { pageCursor, pageOfRanked } from '../../common/pagination';
import { RISK_LEVELS, TEAM_ROLES } from '../../cases/case.values';
import { PG_POOL } from '../../database/database.tokens';
import { UNASSESSED, WorkerCaseView, WorkerCaseloadView } from './dto/caseload.view';

const OPEN_CASES_OF_WORKER = `
  FROM caseload_team t JOIN caseload_cases c ON c.case_id = t.case_id
  WHERE t.worker_id = $1 AND c.status = 'open'`;

type CountRow = { role: string; risk_level: string; open_cases: number; as_case_manager: number };

type WorkerCaseRow = {
  case_id: string;
  role: WorkerCaseView['role'];
  is_case_manager: boolean;
  assigned_at: Date;
  opened_at: Date;
  municipality_istat: WorkerCaseView['municipality']['istatCode'];
  municipality_name: WorkerCaseView['municipality']['name'];
  risk_level: WorkerCaseView['riskLevel'];
};

const caseOf = (row: WorkerCaseRow): WorkerCaseView => ({
  caseId: row.case_id,
  role: row.role,
  isCaseManager: row.is_case_manager,
  assignedAt: new Date(row.assigned_at).toISOString(),
  openedAt: new Date(row.opened_at).toISOString(),
  municipality: { istatCode: row.municipality_istat, name: row.municipality_name },
  riskLevel: row.risk_level,
});

/** The open cases a worker is on the team of; a worker with none has an empty caseload, not a 404 (workers live in the identity provider). */
export class ReadWorkerCaseload extends Query<WorkerCaseloadView> {
  constructor(
    readonly workerId: string,
    readonly page: { limit?: number; cursor?: string } = {},
  ) {
    super();
  }
}

@QueryHandler(ReadWorkerCaseload)
export class ReadWorkerCaseloadHandler implements IQueryHandler<ReadWorkerCaseload, WorkerCaseloadView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ workerId, page }: ReadWorkerCaseload): Promise<WorkerCaseloadView> {
    const limit = page.limit ?? 100;
    const offset = pageCursor(page.cursor);
    const cases = await this.pool.query<WorkerCaseRow>(
      `SELECT c.case_id, t.role, t.assigned_at, c.opened_at, c.municipality_istat, c.municipality_name, c.risk_level,
            c.case_manager IS NOT DISTINCT FROM t.worker_id AS is_case_manager
     ${OPEN_CASES_OF_WORKER} ORDER BY c.opened_at, c.case_id LIMIT $2 OFFSET $3`,
      [workerId, limit + 1, offset],
    );
    const counts = await this.pool.query<CountRow>(
      `SELECT t.role, coalesce(c.risk_level, '${UNASSESSED}') AS risk_level,
            count(*)::int AS open_cases, count(*) FILTER (WHERE c.case_manager = t.worker_id)::int AS as_case_manager
     ${OPEN_CASES_OF_WORKER} GROUP BY 1, 2`,
      [workerId],
    );
    const named = await this.pool.query('SELECT name FROM caseload_team WHERE worker_id = $1 ORDER BY assigned_at DESC LIMIT 1', [
      workerId,
    ]);
    const sum = (rows: CountRow[], field: 'open_cases' | 'as_case_manager') => rows.reduce((total, row) => total + row[field], 0);
    return {
      workerId,
      name: named.rows[0]?.name ?? null,
      openCases: sum(counts.rows, 'open_cases'),
      asCaseManager: sum(counts.rows, 'as_case_manager'),
      byRole: TEAM_ROLES.map((role) => ({
        role,
        openCases: sum(
          counts.rows.filter((r) => r.role === role),
          'open_cases',
        ),
      })),
      byRiskLevel: [...RISK_LEVELS, UNASSESSED].map((riskLevel) => ({
        riskLevel,
        openCases: sum(
          counts.rows.filter((r) => r.risk_level === riskLevel),
          'open_cases',
        ),
      })),
      cases: cases.rows.slice(0, limit).map(caseOf),
      next: pageOfRanked(cases.rows, limit, offset).next,
    };
  }
}
