import { Pool } from 'pg';
import { Principal, TEAM_ROLES } from '../../auth/roles';
import { InvalidInputError } from '../../common/domain-error';
import { CaseListQueryDto } from './dto/case-list.query.dto';

export interface CaseListItem {
  caseId: string;
  familyId: string;
  minor: { id: string; givenName: string | null; familyName: string | null; birthDate: string; age: number };
  municipality: { istatCode: string | null; name: string | null };
  status: 'open' | 'closed';
  intakeKind: string;
  referrerKind: string | null;
  openedAt: string;
  closedAt: string | null;
  closureReason: string | null;
  caseManager: string | null;
  team: string[];
  riskLevel: string | null;
  hasOpenProtectionMeasure: boolean;
  revision: number;
}

interface Cursor {
  openedAt: string;
  caseId: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
const decodeCursor = (raw: string): Cursor => {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof parsed.openedAt === 'string' && !Number.isNaN(Date.parse(parsed.openedAt)) && /^[0-9a-f-]{36}$/.test(parsed.caseId)) return parsed;
  } catch {
    // fall through
  }
  throw new InvalidInputError('INVALID_CURSOR', 'cursor is not one this endpoint gave out');
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Team members see the cases they work on (or opened); coordinators and court liaison see the whole service. */
const visibility = (viewer: Principal, param: (value: unknown) => string): string | undefined =>
  (TEAM_ROLES as string[]).includes(viewer.role)
    ? `(${param(viewer.id)} = ANY(team) OR case_manager = ${param(viewer.id)} OR opened_by = ${param(viewer.id)})`
    : undefined;

export const queryCaseList = async (pool: Pool, query: CaseListQueryDto, viewer: Principal, today: string) => {
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where: string[] = [];
  const add = (condition: string | undefined) => condition && where.push(condition);
  add(visibility(viewer, param));
  if (query.status) add(`status = ${param(query.status)}`);
  if (query.intakeKind) add(`intake_kind = ${param(query.intakeKind)}`);
  if (query.municipality) add(`municipality_istat = ${param(query.municipality)}`);
  if (query.teamMember) add(`${param(query.teamMember)} = ANY(team)`);
  if (query.caseManager) add(`case_manager = ${param(query.caseManager)}`);
  if (query.riskLevel) add(`risk_level = ${param(query.riskLevel)}`);
  if (query.hasOpenProtectionMeasure !== undefined) add(`cardinality(open_measures) ${query.hasOpenProtectionMeasure ? '>' : '='} 0`);
  if (query.minAge !== undefined) add(`minor_birth_date <= ${param(today)}::date - make_interval(years => ${param(query.minAge)})`);
  if (query.maxAge !== undefined) add(`minor_birth_date > ${param(today)}::date - make_interval(years => ${param(query.maxAge + 1)})`);
  if (query.openedFrom) add(`(opened_at AT TIME ZONE 'Europe/Rome')::date >= ${param(query.openedFrom.slice(0, 10))}::date`);
  if (query.openedTo) add(`(opened_at AT TIME ZONE 'Europe/Rome')::date <= ${param(query.openedTo.slice(0, 10))}::date`);
  if (query.search) add(`(coalesce(minor_given_name, '') || ' ' || coalesce(minor_family_name, '')) ILIKE ${param(`%${escapeLike(query.search.trim())}%`)}`);
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    add(`(opened_at, case_id) < (${param(cursor.openedAt)}::timestamptz, ${param(cursor.caseId)}::uuid)`);
  }
  const limit = query.limit ?? 50;
  const { rows } = await pool.query(
    `SELECT *, minor_birth_date::text AS birth_date_text, date_part('year', age(${param(today)}::date, minor_birth_date))::int AS age_years
       FROM case_list ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY opened_at DESC, case_id DESC LIMIT ${param(limit + 1)}`,
    values,
  );
  const page = rows.slice(0, limit).map(toItem);
  const last = page[page.length - 1];
  return { items: page, next: rows.length > limit && last ? encodeCursor({ openedAt: last.openedAt, caseId: last.caseId }) : null };
};

const toItem = (row: Record<string, any>): CaseListItem => ({
  caseId: row.case_id,
  familyId: row.family_id,
  minor: { id: row.minor_id, givenName: row.minor_given_name, familyName: row.minor_family_name, birthDate: row.birth_date_text, age: row.age_years },
  municipality: { istatCode: row.municipality_istat, name: row.municipality_name },
  status: row.status,
  intakeKind: row.intake_kind,
  referrerKind: row.referrer_kind,
  openedAt: new Date(row.opened_at).toISOString(),
  closedAt: row.closed_at ? new Date(row.closed_at).toISOString() : null,
  closureReason: row.closure_reason,
  caseManager: row.case_manager,
  team: row.team,
  riskLevel: row.risk_level,
  hasOpenProtectionMeasure: row.open_measures.length > 0,
  revision: Number(row.revision),
});
