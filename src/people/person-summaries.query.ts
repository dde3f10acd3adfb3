import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { seesOnlyOwnCases } from '../auth/roles';
import { PG_POOL } from '../database/database.tokens';
import { PersonSummary, SUMMARY_COLUMNS, SummaryRow, VISIBLE_FAMILIES, Viewer, summaryOf } from './people.query';
import { looksLikeFiscalCode, normalizeName } from './person-names';

/** One person as the registry's read model holds them, with their households; undefined before the model has them. */
export class FindPersonSummary extends Query<PersonSummary | undefined> {
  constructor(readonly personId: string) {
    super();
  }
}

@QueryHandler(FindPersonSummary)
export class FindPersonSummaryHandler implements IQueryHandler<FindPersonSummary, PersonSummary | undefined> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ personId }: FindPersonSummary): Promise<PersonSummary | undefined> {
    const { rows } = await this.pool.query<SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM people p LEFT JOIN people_households h ON h.person_id = p.person_id
        WHERE p.person_id = $1::uuid GROUP BY p.person_id`,
      [personId],
    );
    return rows[0] && summaryOf(rows[0]);
  }
}

/** Whether a worker sees a person: one they registered, or one of a household they may see. */
export class ReadPersonVisibility extends Query<boolean> {
  constructor(
    readonly personId: string,
    readonly viewer: Viewer,
  ) {
    super();
  }
}

@QueryHandler(ReadPersonVisibility)
export class ReadPersonVisibilityHandler implements IQueryHandler<ReadPersonVisibility, boolean> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ personId, viewer }: ReadPersonVisibility): Promise<boolean> {
    const { rows } = await this.pool.query(
      `SELECT 1 FROM people p WHERE p.person_id = $2 AND (p.registered_by = $1
          OR p.person_id IN (SELECT v.person_id FROM people_households v WHERE v.family_id IN (${VISIBLE_FAMILIES})))`,
      [viewer.id, personId],
    );
    return rows.length > 0;
  }
}

/**
 * People by fiscal code (exact) or name: accents, case and word order do not matter, typos are tolerated
 * (trigram similarity), and a prefix finds the rest ("espos" finds Esposito). Best matches first, filtered by who asks;
 * one more than the limit, to tell whether a next page exists.
 */
export class FindPeople extends Query<PersonSummary[]> {
  constructor(
    readonly query: string,
    readonly viewer: Viewer,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}

@QueryHandler(FindPeople)
export class FindPeopleHandler implements IQueryHandler<FindPeople, PersonSummary[]> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ query, viewer, limit, offset }: FindPeople): Promise<PersonSummary[]> {
    const all = !seesOnlyOwnCases(viewer);
    const code = looksLikeFiscalCode(query) ? query.trim().toUpperCase() : null;
    const name = normalizeName(query);
    const { rows } = await this.pool.query(
      `SELECT ${SUMMARY_COLUMNS} FROM people p LEFT JOIN people_households h ON h.person_id = p.person_id
        WHERE p.merged_into IS NULL
          AND (p.fiscal_code = $2 OR p.search_name % $3 OR $3 <% p.search_name OR p.search_name LIKE $3 || '%')
          AND ($4 OR p.registered_by = $1 OR p.person_id IN (SELECT v.person_id FROM people_households v WHERE v.family_id IN (${VISIBLE_FAMILIES})))
        GROUP BY p.person_id
        ORDER BY coalesce(p.fiscal_code = $2, false) DESC, word_similarity($3, p.search_name) DESC, similarity(p.search_name, $3) DESC,
                 p.person_id
        LIMIT $5 OFFSET $6`,
      [viewer.id, code, name, all, limit + 1, offset],
    );
    return rows.map(summaryOf);
  }
}
