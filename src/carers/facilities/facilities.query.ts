import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { PG_POOL } from '../../database/database.tokens';
import { Occupancy, occupancyView } from '../occupancy/occupancy.query';
import { FacilityListItem, FacilityListQueryDto, FacilityListView } from './dto/facility.view';

export type FacilityListPage = Pick<FacilityListQueryDto, 'kind' | 'municipality' | 'limit' | 'cursor'>;

/** The facilities list, from the carers read model: open ones first, then by name, each with its occupancy now. */
export class ListFacilities extends Query<FacilityListView> {
  constructor(readonly page: FacilityListPage = {}) {
    super();
  }
}

@QueryHandler(ListFacilities)
export class ListFacilitiesHandler implements IQueryHandler<ListFacilities, FacilityListView> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly occupancy: Occupancy,
  ) {}

  async execute({ page: { kind, municipality, limit = DEFAULT_PAGE_LIMIT, cursor } }: ListFacilities): Promise<FacilityListView> {
    const after = cursor ? decodeKeyset(cursor, ['boolean', 'text', 'uuid']) : null;
    const { rows } = await this.pool.query(
      `SELECT facility_id, name, kind, capacity, municipality_istat, municipality_name, open FROM carers_facilities
        WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR municipality_istat = $2)
          AND ($3::boolean IS NULL OR (NOT open, name, facility_id) > ($3::boolean, $4::text, $5::uuid))
        ORDER BY NOT open, name, facility_id LIMIT $6`,
      [kind ?? null, municipality ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    const occupied = await this.occupancy.of(
      'facility',
      rows.map((r) => r.facility_id as string),
    );
    return pageOf(
      rows,
      limit,
      (r): FacilityListItem => ({
        id: r.facility_id,
        name: r.name,
        kind: r.kind,
        municipality: { istatCode: r.municipality_istat, name: r.municipality_name },
        open: r.open,
        occupancy: occupancyView(r.capacity, occupied.get(r.facility_id) ?? 0),
      }),
      (r) => [!r.open, r.name, r.facility_id],
    );
  }
}
