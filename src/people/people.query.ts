import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.tokens';
import { PersonIdentity } from './person.events';
import { DuplicateCandidate } from './person.errors';
import { DUPLICATE_SIMILARITY, searchNameOf } from './person-names';

export interface Viewer {
  id: string;
  role: string;
}

export interface PersonSummary {
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  fiscalCode: string | null;
  households: Array<{ familyId: string; role: string }>;
}

export const SUMMARY_COLUMNS = `p.person_id, p.given_name, p.family_name, p.birth_date::text AS birth_date, p.sex, p.fiscal_code,
  coalesce(jsonb_agg(jsonb_build_object('familyId', h.family_id, 'role', h.role) ORDER BY h.family_id)
    FILTER (WHERE h.family_id IS NOT NULL), '[]') AS households`;

export type SummaryRow = {
  person_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  fiscal_code: string | null;
  households: Array<{ familyId: string; role: string }>;
};

export const summaryOf = (row: SummaryRow): PersonSummary => ({
  personId: row.person_id,
  givenName: row.given_name,
  familyName: row.family_name,
  birthDate: row.birth_date,
  sex: row.sex,
  fiscalCode: row.fiscal_code,
  households: row.households,
});

/**
 * The households a worker may see (FamilyAccessGuard's rule, on the read models): the ones they registered, and
 * those with a case they are on the team of. $1 is the worker; coordinators and court liaison skip this filter.
 */
export const VISIBLE_FAMILIES = `SELECT f.family_id FROM people_families f WHERE f.registered_by = $1
  UNION SELECT c.family_id FROM caseload_cases c JOIN caseload_team t ON t.case_id = c.case_id WHERE t.worker_id = $1`;

export const SEARCH_LIMIT_MAX = 50;

/**
 * The registry's read model for the command side: duplicate checks before a registration or a correction. What
 * GET /people and GET /families read goes through the QueryBus (person-summaries.query.ts, family-search.query.ts).
 */
@Injectable()
export class PeopleDirectory {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Likely duplicates of an identity about to be registered: the same fiscal code, or close names born the same day. */
  async duplicatesOf(identity: PersonIdentity, except?: string): Promise<DuplicateCandidate[]> {
    const { rows } = await this.pool.query(
      `SELECT ${SUMMARY_COLUMNS}, coalesce(p.fiscal_code = $1, false) AS same_code
         FROM people p LEFT JOIN people_households h ON h.person_id = p.person_id
        WHERE p.merged_into IS NULL AND p.person_id IS DISTINCT FROM $5::uuid
          AND (p.fiscal_code = $1 OR (p.birth_date = $2::date AND similarity(p.search_name, $3) >= $4))
        GROUP BY p.person_id ORDER BY same_code DESC, similarity(p.search_name, $3) DESC, p.person_id LIMIT 10`,
      [identity.fiscalCode ?? null, identity.birthDate, searchNameOf(identity), DUPLICATE_SIMILARITY, except ?? null],
    );
    return rows.map((row: SummaryRow & { same_code: boolean }) => ({
      ...summaryOf(row),
      match: row.same_code ? 'fiscal-code' : 'name-and-birth-date',
      households: row.households.map((household) => household.familyId),
    }));
  }

  /** Holders of a fiscal code other than the person being corrected. */
  async fiscalCodeHolders(fiscalCode: string, except: string): Promise<DuplicateCandidate[]> {
    const candidates = await this.duplicatesOf({ fiscalCode, birthDate: '0001-01-01', givenName: '', familyName: '', sex: 'X' }, except);
    return candidates.filter((candidate) => candidate.match === 'fiscal-code');
  }
}
