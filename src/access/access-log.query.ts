import { Pool } from 'pg';

export interface AccessLogLine {
  caseId: string | null;
  familyId: string | null;
  personId: string | null;
  actor: { id: string; role: string };
  what: string;
  requestId: string;
  accessedAt: string;
}

const LINE = `case_id, family_id, person_id, actor_id, actor_role, what, request_id, accessed_at`;
type Row = {
  case_id: string | null;
  family_id: string | null;
  person_id: string | null;
  actor_id: string;
  actor_role: string;
  what: string;
  request_id: string;
  accessed_at: Date;
};
const toLine = (r: Row): AccessLogLine => ({
  caseId: r.case_id,
  familyId: r.family_id,
  personId: r.person_id,
  actor: { id: r.actor_id, role: r.actor_role },
  what: r.what,
  requestId: r.request_id,
  accessedAt: r.accessed_at.toISOString(),
});

/** Reads of one case, newest first. */
export const caseAccessLog = async (pool: Pool, caseId: string, limit: number): Promise<AccessLogLine[]> =>
  (
    await pool.query<Row>(`SELECT ${LINE} FROM access_log WHERE case_id = $1 ORDER BY accessed_at DESC, event_id LIMIT $2`, [caseId, limit])
  ).rows.map(toLine);

/** Reads of a household and of its cases (the caseload read model knows which cases are the household's), newest first. */
export const familyAccessLog = async (pool: Pool, familyId: string, limit: number): Promise<AccessLogLine[]> =>
  (
    await pool.query<Row>(
      `SELECT ${LINE} FROM access_log
        WHERE family_id = $1 OR case_id IN (SELECT case_id FROM caseload_cases WHERE family_id = $1)
        ORDER BY accessed_at DESC, event_id LIMIT $2`,
      [familyId, limit],
    )
  ).rows.map(toLine);

/**
 * GDPR art. 15 for one person: reads of their record, of every household they belong to, and of every case about
 * them (the people read model knows both), newest first.
 */
export const personAccessLog = async (pool: Pool, personId: string, limit: number): Promise<AccessLogLine[]> =>
  (
    await pool.query<Row>(
      `SELECT ${LINE} FROM access_log
        WHERE person_id = $1
           OR family_id IN (SELECT family_id FROM people_households WHERE person_id = $1)
           OR case_id IN (SELECT case_id FROM people_cases WHERE minor_id = $1)
        ORDER BY accessed_at DESC, event_id LIMIT $2`,
      [personId, limit],
    )
  ).rows.map(toLine);
