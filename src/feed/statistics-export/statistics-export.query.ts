import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { ExportPeriod } from './statistics-export.period';
import { ItemCategory } from './statistics-export.tables';

/** One case as the read model holds it. Internal: the ids are for grouping and pseudonymising, never for the answer. */
export interface CaseFacts {
  caseId: string;
  minorId: string;
  birthMonth: string;
  municipalityIstat: string | null;
  intakeKind: string;
  referrerKind: string | null;
  authority: string | null;
  openedOn: string;
  closures: Array<{ reason: string; closedAt: string }>;
  items: Array<{ category: ItemCategory; kind: string; startedOn: string; endedOn: string | null }>;
}

// Active in the period: some spell opened by its end and not closed before its start.
const ACTIVE_CASES = `
  SELECT c.case_id, c.minor_id, c.birth_month, f.istat_code, c.intake_kind, c.referrer_kind, c.authority,
         to_char(c.opened_at AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS opened_on
  FROM statistics_export_cases c LEFT JOIN statistics_export_families f ON f.family_id = c.family_id
  WHERE EXISTS (SELECT 1 FROM statistics_export_spells s
                WHERE s.case_id = c.case_id AND s.opened_at <= $2 AND (s.closed_at IS NULL OR s.closed_at >= $1))`;
const CLOSURES = `
  SELECT case_id, closure_reason, closed_at FROM statistics_export_spells
  WHERE case_id = ANY($1::uuid[]) AND closed_at IS NOT NULL ORDER BY case_id, spell`;
// A measure only proposed has no decree date yet: it is not a measure of the case.
const ITEMS = `
  SELECT case_id, category, kind, to_char(started_on, 'YYYY-MM-DD') AS started_on, to_char(ended_on, 'YYYY-MM-DD') AS ended_on
  FROM statistics_export_items
  WHERE case_id = ANY($1::uuid[]) AND kind IS NOT NULL AND started_on IS NOT NULL ORDER BY case_id, started_on, kind, item_id`;

/** Every case active in the period, with all its closures and dated items; what the period may show is decided in shaping. */
export class ListCasesActiveIn extends Query<CaseFacts[]> {
  constructor(readonly period: ExportPeriod) {
    super();
  }
}

@QueryHandler(ListCasesActiveIn)
export class ListCasesActiveInHandler implements IQueryHandler<ListCasesActiveIn, CaseFacts[]> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ period }: ListCasesActiveIn): Promise<CaseFacts[]> {
    const { rows } = await this.pool.query(ACTIVE_CASES, [period.startsAt, period.endsAt]);
    const cases = new Map<string, CaseFacts>(
      rows.map((row) => [
        row.case_id,
        {
          caseId: row.case_id,
          minorId: row.minor_id,
          birthMonth: row.birth_month,
          municipalityIstat: row.istat_code,
          intakeKind: row.intake_kind,
          referrerKind: row.referrer_kind,
          authority: row.authority,
          openedOn: row.opened_on,
          closures: [],
          items: [],
        },
      ]),
    );
    if (cases.size === 0) return [];
    const ids = [...cases.keys()];
    for (const row of (await this.pool.query(CLOSURES, [ids])).rows) {
      cases.get(row.case_id)!.closures.push({ reason: row.closure_reason, closedAt: new Date(row.closed_at).toISOString() });
    }
    for (const row of (await this.pool.query(ITEMS, [ids])).rows) {
      cases.get(row.case_id)!.items.push({ category: row.category, kind: row.kind, startedOn: row.started_on, endedOn: row.ended_on });
    }
    return [...cases.values()];
  }
}
