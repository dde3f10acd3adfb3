import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { CLOCK, Clock } from '../../common/clock';
import { romeDate } from '../../common/rome-date';
import { PG_POOL } from '../../database/database.tokens';

export type PlaceType = 'facility' | 'foster-carer';

/** Children placed now: placements named with the place, current, and already begun (a decree may start later). */
@Injectable()
export class Occupancy {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get today(): string {
    return romeDate(this.clock());
  }

  /** Occupied places per place id; a place with nobody is absent. */
  async of(placeType: PlaceType, placeIds: readonly string[]): Promise<Map<string, number>> {
    if (placeIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ place_id: string; occupied: number }>(
      `SELECT place_id, count(DISTINCT case_id)::int AS occupied FROM carers_placements
        WHERE current AND place_type = $1 AND place_id = ANY($2::uuid[]) AND since <= $3::date GROUP BY place_id`,
      [placeType, placeIds, this.today],
    );
    return new Map(rows.map((r) => [r.place_id, r.occupied]));
  }

  async one(placeType: PlaceType, placeId: string): Promise<number> {
    return (await this.of(placeType, [placeId])).get(placeId) ?? 0;
  }
}

export const occupancyView = (capacity: number, occupied: number) => ({ capacity, occupied, free: capacity - occupied });
