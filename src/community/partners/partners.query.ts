import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { PartnerListQueryDto, PartnerListView } from './dto/partner.view';

/** The partners list, from the community read model: by municipality and kind, active ones first. */
@Injectable()
export class PartnerDirectory {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list({ municipality, kind }: PartnerListQueryDto): Promise<PartnerListView> {
    const { rows } = await this.pool.query(
      `SELECT partner_id, kind, name, municipality, active, registered_at FROM community_partners
        WHERE ($1::text IS NULL OR municipality = $1) AND ($2::text IS NULL OR kind = $2)
        ORDER BY active DESC, name, partner_id LIMIT 1000`,
      [municipality ?? null, kind ?? null],
    );
    return {
      partners: rows.map((r) => ({
        id: r.partner_id,
        kind: r.kind,
        name: r.name,
        municipality: r.municipality,
        active: r.active,
        registeredAt: (r.registered_at as Date).toISOString(),
      })),
    };
  }
}
