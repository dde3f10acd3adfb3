import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { PG_POOL } from '../../database/database.tokens';
import { Occupancy, occupancyView } from '../occupancy/occupancy.query';
import { FosterCarerListItem, FosterCarerListQueryDto, FosterCarerListView } from './dto/foster-carer.view';

export type FosterCarerListPage = Pick<FosterCarerListQueryDto, 'accepts' | 'limit' | 'cursor'>;

/** Foster households from the carers read model: active ones first, then by name, each with the places taken now. */
export class ListFosterCarers extends Query<FosterCarerListView> {
  constructor(readonly page: FosterCarerListPage = {}) {
    super();
  }
}

@QueryHandler(ListFosterCarers)
export class ListFosterCarersHandler implements IQueryHandler<ListFosterCarers, FosterCarerListView> {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly occupancy: Occupancy,
  ) {}

  async execute({ page: { accepts, limit = DEFAULT_PAGE_LIMIT, cursor } }: ListFosterCarers): Promise<FosterCarerListView> {
    const after = cursor ? decodeKeyset(cursor, ['boolean', 'text', 'uuid']) : null;
    const { rows } = await this.pool.query(
      `SELECT foster_carer_id, family_id, names, accepts, places, active, assessed_on::text AS assessed_on FROM carers_foster_carers
        WHERE ($1::text IS NULL OR accepts ? $1)
          AND ($2::boolean IS NULL OR (NOT active, names, foster_carer_id) > ($2::boolean, $3::text, $4::uuid))
        ORDER BY NOT active, names, foster_carer_id LIMIT $5`,
      [accepts ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    const occupied = await this.occupancy.of(
      'foster-carer',
      rows.map((r) => r.foster_carer_id as string),
    );
    return pageOf(
      rows,
      limit,
      (r): FosterCarerListItem => ({
        id: r.foster_carer_id,
        familyId: r.family_id,
        names: r.names,
        accepts: r.accepts,
        assessedOn: r.assessed_on,
        active: r.active,
        occupancy: occupancyView(r.places, occupied.get(r.foster_carer_id) ?? 0),
      }),
      (r) => [!r.active, r.names, r.foster_carer_id],
    );
  }
}
