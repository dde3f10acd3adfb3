import { Pool } from 'pg';
import { Principal, seesOnlyOwnCases } from '../../auth/roles';
import { InvalidInputError } from '../../common/domain-error';
import { DeadlineKind, DeadlineStatus, statusOf } from './deadline.rules';
import { DeadlineView, DeadlinesPage } from './dto/deadline.view';
import { DeadlinesQueryDto } from './dto/deadlines.query.dto';
import { seesReportDeadlines } from './report-deadline';
import { instantOf, romeIso } from './rome-time';

/** Lapsed rows (rank 0) come before the rest (rank 1), each soonest first. */
interface Cursor {
  rank: number;
  dueAt: string;
  id: string;
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
const decodeCursor = (raw: string): Cursor => {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (
      (parsed.rank === 0 || parsed.rank === 1) &&
      typeof parsed.dueAt === 'string' &&
      !Number.isNaN(Date.parse(parsed.dueAt)) &&
      typeof parsed.id === 'string' &&
      parsed.id.length <= 200
    )
      return parsed;
  } catch {
    // fall through
  }
  throw new InvalidInputError('INVALID_CURSOR', 'cursor is not one this endpoint gave out');
};

/** The same rule as statusOf, in SQL, so the status filter pages correctly. */
const statusCondition = (status: DeadlineStatus, now: string): string =>
  ({
    cancelled: 'd.cancelled_at IS NOT NULL',
    met: 'd.cancelled_at IS NULL AND d.met_at <= d.due_at',
    lapsed: `d.cancelled_at IS NULL AND (d.met_at > d.due_at OR (d.met_at IS NULL AND d.due_at < ${now}))`,
    open: `d.cancelled_at IS NULL AND d.met_at IS NULL AND d.due_at >= ${now}`,
  })[status];

/** The cases a worker opened or is on the team of (d: deadlines, c: deadline_cases): a team member's need-to-know. */
export const onCasesOf = (workerId: string, param: (value: unknown) => string): string =>
  `(c.opened_by = ${param(workerId)}::text OR EXISTS (SELECT 1 FROM deadline_team v WHERE v.case_id = d.case_id AND v.worker_id = ${param(workerId)}))`;

/** Team members see the deadlines of the cases they work on or opened, as in the case list; the others see every case. */
const visibility = (viewer: Principal, param: (value: unknown) => string): string | undefined =>
  seesOnlyOwnCases(viewer) ? onCasesOf(viewer.id, param) : seesReportDeadlines(viewer) ? undefined : 'd.case_id IS NOT NULL';

export const queryDeadlines = async (pool: Pool, query: DeadlinesQueryDto, viewer: Principal, now: Date): Promise<DeadlinesPage> => {
  const values: unknown[] = [];
  const param = (value: unknown) => `$${values.push(value)}`;
  let nowParam: string | undefined;
  const at = () => (nowParam ??= `${param(now)}::timestamptz`); // only when used: an unused parameter has no type
  const where: string[] = [];
  const add = (condition: string | undefined) => condition && where.push(condition);
  add(visibility(viewer, param));
  add(query.status ? statusCondition(query.status, at()) : 'd.cancelled_at IS NULL');
  if (!query.includeNotYetShown) add(`(d.shown_from IS NULL OR d.shown_from <= ${at()})`);
  if (query.caseId) add(`d.case_id = ${param(query.caseId)}`);
  if (query.kind) add(`d.kind = ${param(query.kind)}`);
  if (query.dueBefore) add(`d.due_at < ${param(instantOf(query.dueBefore))}`);
  if (query.workerId) add(`EXISTS (SELECT 1 FROM deadline_team w WHERE w.case_id = d.case_id AND w.worker_id = ${param(query.workerId)})`);
  // What needs action first: lapsed and overdue rows, then the rest, each soonest first.
  const rank = `(CASE WHEN ${statusCondition('lapsed', at())} THEN 0 ELSE 1 END)`;
  if (query.cursor) {
    const cursor = decodeCursor(query.cursor);
    add(`(${rank}, d.due_at, d.id) > (${param(cursor.rank)}::int, ${param(cursor.dueAt)}::timestamptz, ${param(cursor.id)})`);
  }
  const limit = query.limit ?? 50;
  const { rows } = await pool.query<DeadlineRow & { rank: number }>(
    `SELECT d.*, ${rank} AS rank FROM deadlines d LEFT JOIN deadline_cases c ON c.case_id = d.case_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY rank, d.due_at, d.id LIMIT ${param(limit + 1)}`,
    values,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const next =
    rows.length > limit && last ? encodeCursor({ rank: last.rank, dueAt: new Date(last.due_at).toISOString(), id: last.id }) : undefined;
  return { items: page.map((row) => toView(row, now)), next: next || null };
};

const SUBJECT_FIELD: Partial<Record<DeadlineKind, 'placementId' | 'measureId' | 'planId' | 'reportId'>> = {
  'art403-transmission': 'placementId',
  'art403-pm-request': 'placementId',
  'art403-validation': 'placementId',
  'art403-hearing': 'placementId',
  'art403-review': 'placementId',
  'affido-end': 'measureId',
  'affido-report': 'measureId',
  'plan-review': 'planId',
  'report-screening': 'reportId',
};

const iso = (value: Date | null) => (value ? romeIso(new Date(value)) : null);

/** A row of the deadlines table, as `SELECT *` answers it. */
export type DeadlineRow = {
  id: string;
  case_id: string | null;
  kind: DeadlineView['kind'];
  due_at: Date;
  legal_basis: DeadlineView['legalBasis'];
  met_by_event_id: DeadlineView['metByEventId'];
  met_by_event_type: DeadlineView['metByEventType'];
  met_at: Date | null;
  cancelled_by_event_id: DeadlineView['cancelledByEventId'];
  cancelled_by_event_type: DeadlineView['cancelledByEventType'];
  cancelled_at: Date | null;
  lapsed_by_event_id: string | null;
  warn_from: Date | null;
  subject_id: string | null;
  authority: string | null;
  proceeding_number: string | null;
};

export const toView = (row: DeadlineRow, now: Date): DeadlineView => {
  const dueAt = new Date(row.due_at);
  const status = statusOf(
    { dueAt, metAt: row.met_at && new Date(row.met_at), cancelledAt: row.cancelled_at && new Date(row.cancelled_at) },
    now,
  );
  const subject = SUBJECT_FIELD[row.kind as DeadlineKind];
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    dueAt: romeIso(dueAt),
    legalBasis: row.legal_basis,
    status,
    metByEventId: row.met_by_event_id,
    metByEventType: row.met_by_event_type,
    metAt: iso(row.met_at),
    cancelledByEventId: row.cancelled_by_event_id,
    cancelledByEventType: row.cancelled_by_event_type,
    cancelledAt: iso(row.cancelled_at),
    lapsedByEventId: row.lapsed_by_event_id ?? null,
    warning: status === 'open' && row.warn_from !== null && now >= new Date(row.warn_from),
    ...(row.warn_from ? { warnFrom: romeIso(new Date(row.warn_from)) } : {}),
    ...(subject && row.subject_id ? { [subject]: row.subject_id } : {}),
    ...(row.authority ? { authority: row.authority } : {}),
    ...(row.proceeding_number ? { proceedingNumber: row.proceeding_number } : {}),
  };
};
