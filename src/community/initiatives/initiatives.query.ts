import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { InitiativeCalendarQueryDto, InitiativeCalendarView } from './dto/initiative.view';

/** The initiatives calendar, from the community read model. */
@Injectable()
export class InitiativeCalendar {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list({ when = 'upcoming', municipality }: InitiativeCalendarQueryDto, now: Date): Promise<InitiativeCalendarView> {
    const upcoming = when === 'upcoming';
    const { rows } = await this.pool.query(
      `SELECT * FROM community_initiatives
        WHERE (CASE WHEN $1 THEN scheduled_at >= $2 ELSE scheduled_at < $2 END) AND ($3::text IS NULL OR $3 = ANY (municipalities))
        ORDER BY scheduled_at ${upcoming ? 'ASC' : 'DESC'}, initiative_id LIMIT 500`,
      [upcoming, now.toISOString(), municipality ?? null],
    );
    return {
      initiatives: rows.map((r) => ({
        id: r.initiative_id,
        title: r.title,
        kind: r.kind,
        municipalities: r.municipalities,
        partnerIds: r.partner_ids,
        scheduledAt: (r.scheduled_at as Date).toISOString(),
        place: r.place,
        status: r.status,
        ...(r.participants && { participants: r.participants }),
      })),
    };
  }
}
