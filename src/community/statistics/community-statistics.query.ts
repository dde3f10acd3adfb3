import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { CLOCK, Clock } from '../../common/clock';
import { InvalidInputError } from '../../common/domain-error';
import { romeDate } from '../../common/rome-date';
import { PG_POOL } from '../../database/database.tokens';
import { addDays, romeInstant } from '../../projections/deadlines/rome-time';
import { PARTICIPANT_CATEGORIES } from '../initiatives/initiative.events';
import { CommunityStatisticsView } from './dto/community-statistics.dto';

/** Counts only, from the community read model: what the network did in a period. */
export class ReadCommunityStatistics extends Query<CommunityStatisticsView> {
  constructor(
    /** Europe/Rome calendar days, both ends included. */
    readonly from: string,
    readonly to: string,
    /** Filters initiatives and facilities: a report names no municipality. */
    readonly municipality?: string,
  ) {
    super();
  }
}

@QueryHandler(ReadCommunityStatistics)
export class ReadCommunityStatisticsHandler implements IQueryHandler<ReadCommunityStatistics, CommunityStatisticsView> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ from, to, municipality }: ReadCommunityStatistics): Promise<CommunityStatisticsView> {
    if (from > to) throw new InvalidInputError('INVALID_PERIOD', 'from must not be after to', { from, to });
    const period = [romeInstant(from).toISOString(), romeInstant(addDays(to, 1)).toISOString()];
    const sums = PARTICIPANT_CATEGORIES.map((c) => `coalesce(sum((participants->>'${c}')::int), 0)::int AS ${c}`).join(', ');
    const held = await this.pool.query(
      `SELECT count(*)::int AS held, ${sums} FROM community_initiatives
        WHERE status = 'held' AND held_at >= $1 AND held_at < $2 AND ($3::text IS NULL OR $3 = ANY (municipalities))`,
      [...period, municipality ?? null],
    );
    const counts = (column: string) =>
      this.pool.query(
        `SELECT ${column} AS key, count(*)::int AS count FROM community_reports
          WHERE received_at >= $1 AND received_at < $2 GROUP BY 1 ORDER BY 1`,
        period,
      );
    const [bySource, byOutcome] = await Promise.all([counts('source_kind'), counts(`coalesce(outcome, 'awaiting-screening')`)]);
    const { held: initiativesHeld, ...participants } = held.rows[0];
    // Occupancy is of today, whatever the period: a placement counts while it runs (carers read model).
    const facilities = await this.pool.query(
      `SELECT f.facility_id AS id, f.name, f.kind, f.municipality_istat AS municipality, f.capacity,
              (SELECT count(DISTINCT p.case_id)::int FROM carers_placements p
                WHERE p.current AND p.place_type = 'facility' AND p.place_id = f.facility_id AND p.since <= $2::date) AS occupied
         FROM carers_facilities f WHERE f.open AND ($1::text IS NULL OR f.municipality_istat = $1) ORDER BY f.name, f.facility_id`,
      [municipality ?? null, romeDate(this.clock())],
    );
    return {
      period: { from, to },
      municipality: municipality ?? null,
      initiativesHeld,
      participants,
      reportsBySource: bySource.rows,
      reportsByOutcome: byOutcome.rows,
      facilities: facilities.rows.map(({ capacity, occupied, ...facility }) => ({
        ...facility,
        occupancy: { capacity, occupied, free: capacity - occupied },
      })),
    };
  }
}
