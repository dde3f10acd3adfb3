import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { TEAM_ROLES } from '../../cases/case.values';
import { PG_POOL } from '../../database/database.tokens';
import { CaseloadOverviewView } from './dto/caseload.view';

/** Counts over open cases only: a closed case weighs on nobody's caseload. */
export class ReadCaseloadOverview extends Query<CaseloadOverviewView> {
  constructor(readonly municipality?: string) {
    super();
  }
}

@QueryHandler(ReadCaseloadOverview)
export class ReadCaseloadOverviewHandler implements IQueryHandler<ReadCaseloadOverview, CaseloadOverviewView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ municipality }: ReadCaseloadOverview): Promise<CaseloadOverviewView> {
    const where = `c.status = 'open'${municipality ? ' AND c.municipality_istat = $1' : ''}`;
    const params = municipality ? [municipality] : [];
    const totals = await this.pool.query(
      `SELECT count(*)::int AS open_cases,
            count(*) FILTER (WHERE c.case_manager IS NULL)::int AS without_case_manager,
            count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM caseload_team t WHERE t.case_id = c.case_id))::int AS without_team
       FROM caseload_cases c WHERE ${where}`,
      params,
    );
    const workers = await this.pool.query(
      `SELECT t.worker_id, (array_agg(t.name ORDER BY t.assigned_at DESC))[1] AS name, array_agg(DISTINCT t.role ORDER BY t.role) AS roles,
            count(*)::int AS open_cases, count(*) FILTER (WHERE c.case_manager = t.worker_id)::int AS as_case_manager
       FROM caseload_team t JOIN caseload_cases c ON c.case_id = t.case_id
      WHERE ${where} GROUP BY t.worker_id ORDER BY open_cases DESC, t.worker_id`,
      params,
    );
    const roles = await this.pool.query(
      `SELECT t.role, count(DISTINCT t.case_id)::int AS open_cases, count(DISTINCT t.worker_id)::int AS workers
       FROM caseload_team t JOIN caseload_cases c ON c.case_id = t.case_id WHERE ${where} GROUP BY t.role`,
      params,
    );
    const municipalities = await this.pool.query(
      `SELECT c.municipality_istat, max(c.municipality_name) AS municipality_name, count(*)::int AS open_cases
       FROM caseload_cases c WHERE ${where} GROUP BY c.municipality_istat ORDER BY open_cases DESC, c.municipality_istat`,
      params,
    );
    const role = (name: string) => roles.rows.find((r) => r.role === name);
    return {
      municipality: municipality ?? null,
      openCases: totals.rows[0].open_cases,
      withoutCaseManager: totals.rows[0].without_case_manager,
      withoutTeam: totals.rows[0].without_team,
      byWorker: workers.rows.map((r) => ({
        workerId: r.worker_id,
        name: r.name,
        roles: r.roles,
        openCases: r.open_cases,
        asCaseManager: r.as_case_manager,
      })),
      byRole: TEAM_ROLES.map((name) => ({ role: name, openCases: role(name)?.open_cases ?? 0, workers: role(name)?.workers ?? 0 })),
      byMunicipality: municipalities.rows.map((r) => ({
        istatCode: r.municipality_istat,
        name: r.municipality_name,
        openCases: r.open_cases,
      })),
    };
  }
}
