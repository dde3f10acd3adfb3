import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { Principal, seesOnlyOwnCases } from '../../auth/roles';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { romeDate } from '../../common/rome-date';
import { PG_POOL } from '../../database/database.tokens';
import { CaseListPage, CaseListRow, toItem } from './case-list.page';
import { CaseListQueryDto } from './dto/case-list.query.dto';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * One statement for every filter: an absent filter is a NULL parameter that makes its condition true.
 * Team members see the cases they work on or opened ($2); coordinators and court liaison see the whole service.
 * The next deadline comes from the deadlines read model, which the controller declares it reads.
 */
const caseListSql = (order: 'opened' | 'nextDeadline') => `
  SELECT c.*, c.minor_birth_date::text AS birth_date_text, nd.next_due,
         date_part('year', age($1::date, c.minor_birth_date))::int AS age_years
    FROM case_list c
    LEFT JOIN LATERAL (
      SELECT min(d.due_at) AS next_due FROM deadlines d
       WHERE d.case_id = c.case_id AND d.met_at IS NULL AND d.cancelled_at IS NULL
         AND (d.shown_from IS NULL OR d.shown_from <= $3::timestamptz)
    ) nd ON true
   WHERE ($2::text IS NULL OR $2 = ANY(c.team) OR c.case_manager = $2 OR c.opened_by = $2)
     AND ($4::text IS NULL OR c.status = $4)
     AND ($5::text IS NULL OR c.intake_kind = $5)
     AND ($6::text IS NULL OR c.municipality_istat = $6)
     AND ($7::text IS NULL OR $7 = ANY(c.team))
     AND ($8::text IS NULL OR c.case_manager = $8)
     AND ($9::text IS NULL OR c.risk_level = $9)
     AND ($10::boolean IS NULL OR (cardinality(c.open_measures) > 0) = $10)
     AND ($11::int IS NULL OR c.minor_birth_date <= $1::date - make_interval(years => $11::int))
     AND ($12::int IS NULL OR c.minor_birth_date > $1::date - make_interval(years => $12::int + 1))
     AND ($13::date IS NULL OR (c.opened_at AT TIME ZONE 'Europe/Rome')::date >= $13::date)
     AND ($14::date IS NULL OR (c.opened_at AT TIME ZONE 'Europe/Rome')::date <= $14::date)
     AND ($15::text IS NULL OR (coalesce(c.minor_given_name, '') || ' ' || coalesce(c.minor_family_name, '')) ILIKE $15)
     AND ($17::uuid IS NULL OR ${order === 'opened' ? OPENED_AFTER : DEADLINE_AFTER})
   ORDER BY ${order === 'opened' ? 'c.opened_at DESC, c.case_id DESC' : 'nd.next_due ASC NULLS LAST, c.case_id ASC'}
   LIMIT $18`;

/** Keyset conditions: $16 is the cursor's key (opened date or next deadline, null for none), $17 its case id. */
const OPENED_AFTER = '(c.opened_at, c.case_id) < ($16::timestamptz, $17::uuid)';
const DEADLINE_AFTER = `CASE WHEN $16::timestamptz IS NULL THEN nd.next_due IS NULL AND c.case_id > $17::uuid
  ELSE nd.next_due > $16::timestamptz OR (nd.next_due = $16::timestamptz AND c.case_id > $17::uuid) OR nd.next_due IS NULL END`;
const STATEMENTS = { opened: caseListSql('opened'), nextDeadline: caseListSql('nextDeadline') };

/** The cases the viewer may see, filtered and sorted as asked, a page at a time (keyset cursor). */
export class ListCases extends Query<CaseListPage> {
  constructor(
    readonly query: CaseListQueryDto,
    readonly viewer: Principal,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ListCases)
export class ListCasesHandler implements IQueryHandler<ListCases, CaseListPage> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ query, viewer, now }: ListCases): Promise<CaseListPage> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    // Keyset of the last row of a page: opened date, or next deadline (null: none), then case id.
    const [afterKey, afterCase] = query.cursor ? decodeKeyset(query.cursor, ['instantOrNone', 'uuid']) : [null, null];
    const byDeadline = query.sort === 'nextDeadline';
    const { rows } = await this.pool.query<CaseListRow>(byDeadline ? STATEMENTS.nextDeadline : STATEMENTS.opened, [
      romeDate(now),
      seesOnlyOwnCases(viewer) ? viewer.id : null,
      now.toISOString(),
      query.status ?? null,
      query.intakeKind ?? null,
      query.municipality ?? null,
      query.teamMember ?? null,
      query.caseManager ?? null,
      query.riskLevel ?? null,
      query.hasOpenProtectionMeasure ?? null,
      query.minAge ?? null,
      query.maxAge ?? null,
      query.openedFrom?.slice(0, 10) ?? null,
      query.openedTo?.slice(0, 10) ?? null,
      query.search ? `%${escapeLike(query.search.trim())}%` : null,
      afterKey,
      afterCase,
      limit + 1,
    ]);
    const key = (row: CaseListRow) =>
      byDeadline ? (row.next_due ? new Date(row.next_due).toISOString() : null) : new Date(row.opened_at).toISOString();
    return pageOf(rows, limit, toItem, (row) => [key(row), row.case_id]);
  }
}
