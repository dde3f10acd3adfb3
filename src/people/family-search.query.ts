import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { seesOnlyOwnCases } from '../auth/roles';
import { PG_POOL } from '../database/database.tokens';
import { VISIBLE_FAMILIES, Viewer } from './people.query';
import { normalizeName } from './person-names';

export interface FamilySummaryRow {
  family_id: string;
  istat_code: string;
  municipality: string;
  address: string;
  members: Array<{ personId: string; givenName: string; familyName: string; birthDate: string; role: string }>;
}

/**
 * Households by a member's name or fiscal code, or by a case's R.G. number; optionally in one municipality.
 * One row more than the limit, so the page knows whether another follows.
 */
export class FindFamilies extends Query<FamilySummaryRow[]> {
  constructor(
    readonly text: string | undefined,
    readonly municipality: string | undefined,
    readonly viewer: Viewer,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}

@QueryHandler(FindFamilies)
export class FindFamiliesHandler implements IQueryHandler<FindFamilies, FamilySummaryRow[]> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ text: asked, municipality, viewer, limit, offset }: FindFamilies): Promise<FamilySummaryRow[]> {
    const all = !seesOnlyOwnCases(viewer);
    const text = asked?.trim() ?? '';
    const { rows } = await this.pool.query<FamilySummaryRow>(
      `SELECT f.family_id, f.istat_code, f.municipality, f.address,
              coalesce(jsonb_agg(DISTINCT jsonb_build_object('personId', p.person_id, 'givenName', p.given_name,
                'familyName', p.family_name, 'birthDate', p.birth_date::text, 'role', h.role)) FILTER (WHERE p.person_id IS NOT NULL), '[]') AS members
         FROM people_families f
         LEFT JOIN people_households h ON h.family_id = f.family_id
         LEFT JOIN people p ON p.person_id = h.person_id
        WHERE ($5::text IS NULL OR f.istat_code = $5)
          AND ($4 OR f.family_id IN (${VISIBLE_FAMILIES}))
          AND ($2 = '' OR f.family_id IN (
                SELECT m.family_id FROM people_households m JOIN people q ON q.person_id = m.person_id
                 WHERE q.fiscal_code = upper($2) OR q.search_name % $3 OR $3 <% q.search_name OR q.search_name LIKE $3 || '%'
                UNION SELECT c.family_id FROM people_cases c WHERE $2 = ANY (c.proceeding_numbers)))
        GROUP BY f.family_id ORDER BY f.municipality, f.address, f.family_id LIMIT $6 OFFSET $7`,
      [viewer.id, text, normalizeName(text), all, municipality ?? null, limit + 1, offset],
    );
    return rows;
  }
}
