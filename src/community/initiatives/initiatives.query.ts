import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { InitiativeCalendarQueryDto, InitiativeCalendarView } from './dto/initiative.view';

export type InitiativeCalendarPage = Pick<InitiativeCalendarQueryDto, 'when' | 'municipality' | 'limit' | 'cursor'>;

/**
 * The initiatives calendar, from the community read model: upcoming soonest first, past latest first.
 * `now` splits upcoming from past.
 */
export class ReadInitiativeCalendar extends Query<InitiativeCalendarView> {
  constructor(
    readonly page: InitiativeCalendarPage,
    readonly now: Date,
  ) {
    super();
  }
}

@QueryHandler(ReadInitiativeCalendar)
export class ReadInitiativeCalendarHandler implements IQueryHandler<ReadInitiativeCalendar, InitiativeCalendarView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ page, now }: ReadInitiativeCalendar): Promise<InitiativeCalendarView> {
    const { when = 'upcoming', municipality, limit = DEFAULT_PAGE_LIMIT, cursor } = page;
    const upcoming = when === 'upcoming';
    const after = cursor ? decodeKeyset(cursor, ['instant', 'uuid']) : null;
    const { rows } = await this.pool.query(
      `SELECT * FROM community_initiatives
        WHERE (CASE WHEN $1 THEN scheduled_at >= $2 ELSE scheduled_at < $2 END) AND ($3::text IS NULL OR $3 = ANY (municipalities))
          AND ($4::timestamptz IS NULL OR (scheduled_at, initiative_id) ${upcoming ? '>' : '<'} ($4::timestamptz, $5::uuid))
        ORDER BY scheduled_at ${upcoming ? 'ASC' : 'DESC'}, initiative_id ${upcoming ? 'ASC' : 'DESC'} LIMIT $6`,
      [upcoming, now.toISOString(), municipality ?? null, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      (r) => ({
        id: r.initiative_id,
        title: r.title,
        kind: r.kind,
        municipalities: r.municipalities,
        partnerIds: r.partner_ids,
        scheduledAt: (r.scheduled_at as Date).toISOString(),
        place: r.place,
        status: r.status,
        ...(r.participants && { participants: r.participants }),
      }),
      (r) => [(r.scheduled_at as Date).toISOString(), r.initiative_id],
    );
  }
}
