import { Inject, Injectable } from '@nestjs/common';
import { IQueryBus, IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
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

  /** Occupied places per place id (children of other cases than `exceptCaseId`); a place with nobody is absent. */
  async of(placeType: PlaceType, placeIds: readonly string[], exceptCaseId?: string): Promise<Map<string, number>> {
    if (placeIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ place_id: string; occupied: number }>(
      `SELECT place_id, count(DISTINCT case_id)::int AS occupied FROM carers_placements
        WHERE current AND place_type = $1 AND place_id = ANY($2::uuid[]) AND since <= $3::date
          AND ($4::uuid IS NULL OR case_id <> $4::uuid)
        GROUP BY place_id`,
      [placeType, placeIds, this.today, exceptCaseId ?? null],
    );
    return new Map(rows.map((r) => [r.place_id, r.occupied]));
  }

  async one(placeType: PlaceType, placeId: string, exceptCaseId?: string): Promise<number> {
    return (await this.of(placeType, [placeId], exceptCaseId)).get(placeId) ?? 0;
  }
}

/**
 * Children placed now in one facility or foster household: what its own GET shows beside its capacity, and what a
 * placement is checked against (leaving out the case being placed).
 */
export class ReadPlacesTaken extends Query<number> {
  constructor(
    readonly placeType: PlaceType,
    readonly placeId: string,
    readonly exceptCaseId?: string,
  ) {
    super();
  }
}

/** The count is Occupancy's, whose one statement the placing controllers' capacity warnings share. */
@QueryHandler(ReadPlacesTaken)
export class ReadPlacesTakenHandler implements IQueryHandler<ReadPlacesTaken, number> {
  constructor(private readonly occupancy: Occupancy) {}

  execute({ placeType, placeId, exceptCaseId }: ReadPlacesTaken): Promise<number> {
    return this.occupancy.one(placeType, placeId, exceptCaseId);
  }
}

export const occupancyView = (capacity: number, occupied: number) => ({ capacity, occupied, free: capacity - occupied });

export interface PlaceCapacity {
  placeType: PlaceType;
  placeId: string;
  places: number;
}

/** FACILITY_AT_CAPACITY or FOSTER_CARER_AT_CAPACITY when the other cases already fill the place. */
export const capacityWarnings = (place: PlaceCapacity, occupied: number) => {
  if (occupied < place.places) return [];
  const code = place.placeType === 'facility' ? 'FACILITY_AT_CAPACITY' : 'FOSTER_CARER_AT_CAPACITY';
  return [{ code, detail: `${place.placeType} ${place.placeId} had ${occupied} of ${place.places} places taken before this placement` }];
};

/**
 * A placement into a full place is recorded (the child is already there, and this read model lags the log), with a
 * warning in the answer.
 */
export const placementWarnings = async (queries: IQueryBus, caseId: string, place: PlaceCapacity | undefined) =>
  place ? capacityWarnings(place, await queries.execute(new ReadPlacesTaken(place.placeType, place.placeId, caseId))) : [];
