import { Pool } from 'pg';
import { Principal, seesOnlyOwnCases } from '../../auth/roles';
import { isUuid } from '../../common/ids';
import { InvalidInputError } from '../../common/domain-error';
import { romeDate } from '../../common/rome-date';
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
  /** The soonest deadline not yet met (lapsed or open), if any. */
  nextDeadlineAt: string | null;
  revision: number;
}

/** Keyset of the last row of a page: opened date, or next deadline (null: none), then case id. */
interface Cursor {
  key: string | null;
  caseId: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
const decodeCursor = (raw: string): Cursor => {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    const key = parsed.key === null || (typeof parsed.key === 'string' && !Number.isNaN(Date.parse(parsed.key)));
    if (key && isUuid(parsed.caseId)) return parsed;
  } catch {
    // fall through
  }
  throw new InvalidInputError('INVALID_CURSOR', 'cursor is not one this endpoint gave out');
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Team members see the cases they work on (or opened); coordinators and court liaison see the whole service. */
const visibility = (viewer: Principal, param: (value: unknown) => string): string | undefined =>
  seesOnlyOwnCases(viewer)
    ? `(${param(viewer.id)} = ANY(c.team) OR c.case_manager = ${param(viewer.id)} OR c.opened_by = ${param(viewer.id)})`
    : undefined;

export const queryCaseList = async (pool: Pool, query: CaseListQueryDto, viewer: Principal, now: Date) => {
  const today = romeDate(now);
  const values: unknown[] = [];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const where: string[] = [];
  const add = (condition: string | undefined) => condition && where.push(condition);
  add(visibility(viewer, param));
  if (query.status) add(`c.status = ${param(query.status)}`);
  if (query.intakeKind) add(`c.intake_kind = ${param(query.intakeKind)}`);
  if (query.municipality) add(`c.municipality_istat = ${param(query.municipality)}`);
  if (query.teamMember) add(`${param(query.teamMember)} = ANY(c.team)`);
  if (query.caseManager) add(`c.case_manager = ${param(query.caseManager)}`);
  if (query.riskLevel) add(`c.risk_level = ${param(query.riskLevel)}`);
  if (query.hasOpenProtectionMeasure !== undefined) add(`cardinality(c.open_measures) ${query.hasOpenProtectionMeasure ? '>' : '='} 0`);
  if (query.minAge !== undefined) add(`c.minor_birth_date <= ${param(today)}::date - make_interval(years => ${param(query.minAge)})`);
  if (query.maxAge !== undefined) add(`c.minor_birth_date > ${param(today)}::date - make_interval(years => ${param(query.maxAge + 1)})`);
  if (query.openedFrom) add(`(c.opened_at AT TIME ZONE 'Europe/Rome')::date >= ${param(query.openedFrom.slice(0, 10))}::date`);
  if (query.openedTo) add(`(c.opened_at AT TIME ZONE 'Europe/Rome')::date <= ${param(query.openedTo.slice(0, 10))}::date`);
  if (query.search)
    add(
      `(coalesce(c.minor_given_name, '') || ' ' || coalesce(c.minor_family_name, '')) ILIKE ${param(`%${escapeLike(query.search.trim())}%`)}`,
    );
  const byDeadline = query.sort === 'nextDeadline';
  if (query.cursor) add(afterCursor(decodeCursor(query.cursor), byDeadline, param));
  const limit = query.limit ?? 50;
  const nowParam = param(now.toISOString());
  // The soonest unsettled deadline of the case (lapsed ones first of all), from the deadlines read model.
  const { rows } = await pool.query(
    `SELECT c.*, c.minor_birth_date::text AS birth_date_text, nd.next_due,
            date_part('year', age(${param(today)}::date, c.minor_birth_date))::int AS age_years
       FROM case_list c
       LEFT JOIN LATERAL (
         SELECT min(d.due_at) AS next_due FROM deadlines d
          WHERE d.case_id = c.case_id AND d.met_at IS NULL AND d.cancelled_at IS NULL
            AND (d.shown_from IS NULL OR d.shown_from <= ${nowParam}::timestamptz)
       ) nd ON true
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${byDeadline ? 'nd.next_due ASC NULLS LAST, c.case_id ASC' : 'c.opened_at DESC, c.case_id DESC'}
      LIMIT ${param(limit + 1)}`,
    values,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const key = (row: Record<string, any>) =>
    byDeadline ? (row.next_due ? new Date(row.next_due).toISOString() : null) : new Date(row.opened_at).toISOString();
  return { items: page.map(toItem), next: rows.length > limit && last ? encodeCursor({ key: key(last), caseId: last.case_id }) : null };
};

const afterCursor = (cursor: Cursor, byDeadline: boolean, param: (value: unknown) => string): string => {
  if (!byDeadline) return `(c.opened_at, c.case_id) < (${param(cursor.key)}::timestamptz, ${param(cursor.caseId)}::uuid)`;
  if (cursor.key === null) return `(nd.next_due IS NULL AND c.case_id > ${param(cursor.caseId)}::uuid)`;
  const due = param(cursor.key);
  return `(nd.next_due > ${due}::timestamptz OR (nd.next_due = ${due}::timestamptz AND c.case_id > ${param(cursor.caseId)}::uuid) OR nd.next_due IS NULL)`;
};

const toItem = (row: Record<string, any>): CaseListItem => ({
  caseId: row.case_id,
  familyId: row.family_id,
  minor: {
    id: row.minor_id,
    givenName: row.minor_given_name,
    familyName: row.minor_family_name,
    birthDate: row.birth_date_text,
    age: row.age_years,
  },
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
  nextDeadlineAt: row.next_due ? new Date(row.next_due).toISOString() : null,
  revision: Number(row.revision),
});
