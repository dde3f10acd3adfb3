import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { DEFAULT_PAGE_LIMIT, decodeKeyset, pageOf } from '../../common/pagination';
import { PartnerListQueryDto, PartnerListView } from './dto/partner.view';

export type PartnerListPage = Pick<PartnerListQueryDto, 'municipality' | 'kind' | 'limit' | 'cursor'>;

/** The partners list, from the community read model: by municipality and kind, active ones first, then by name. */
export class ListPartners extends Query<PartnerListView> {
  constructor(readonly page: PartnerListPage = {}) {
    super();
  }
}

@QueryHandler(ListPartners)
export class ListPartnersHandler implements IQueryHandler<ListPartners, PartnerListView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ page: { municipality, kind, limit = DEFAULT_PAGE_LIMIT, cursor } }: ListPartners): Promise<PartnerListView> {
    const after = cursor ? decodeKeyset(cursor, ['boolean', 'text', 'uuid']) : null;
    // `NOT active` ascending is active first, and lets one row comparison continue after the cursor.
    const { rows } = await this.pool.query(
      `SELECT partner_id, kind, name, municipality, active, registered_at FROM community_partners
        WHERE ($1::text IS NULL OR municipality = $1) AND ($2::text IS NULL OR kind = $2)
          AND ($3::boolean IS NULL OR (NOT active, name, partner_id) > ($3::boolean, $4::text, $5::uuid))
        ORDER BY NOT active, name, partner_id LIMIT $6`,
      [municipality ?? null, kind ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    return pageOf(
      rows,
      limit,
      (r) => ({
        id: r.partner_id,
        kind: r.kind,
        name: r.name,
        municipality: r.municipality,
        active: r.active,
        registeredAt: (r.registered_at as Date).toISOString(),
      }),
      (r) => [!r.active, r.name, r.partner_id],
    );
  }
}
