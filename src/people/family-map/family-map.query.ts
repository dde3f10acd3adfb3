import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '../../database/database.tokens';
import { FamilyMapSources } from './family-map.build';

/** The registry rows a family map is drawn from, as the people read model holds them. */
export interface FamilyMapRegistry {
  names: Array<{ personId: string; givenName: string; familyName: string; birthDate: string }>;
  memberships: FamilyMapSources['memberships'];
  cases: FamilyMapSources['cases'];
}

/** Around the family's people: their names, every household of theirs, and every case about them. */
export class ReadFamilyMapRegistry extends Query<FamilyMapRegistry> {
  constructor(readonly personIds: string[]) {
    super();
  }
}

@QueryHandler(ReadFamilyMapRegistry)
export class ReadFamilyMapRegistryHandler implements IQueryHandler<ReadFamilyMapRegistry, FamilyMapRegistry> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ personIds: ids }: ReadFamilyMapRegistry): Promise<FamilyMapRegistry> {
    // One round trip: names, every household of these people, and every case about them.
    const { rows } = await this.pool.query(
      `SELECT
         (SELECT coalesce(jsonb_agg(jsonb_build_object('personId', p.person_id, 'givenName', p.given_name,
            'familyName', p.family_name, 'birthDate', p.birth_date::text)), '[]') FROM people p WHERE p.person_id = ANY ($1::uuid[])) AS names,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('personId', h.person_id, 'familyId', h.family_id, 'role', h.role,
            'label', coalesce(f.municipality || ', ' || f.address, '')) ORDER BY h.family_id, h.person_id), '[]')
            FROM people_households h LEFT JOIN people_families f ON f.family_id = h.family_id WHERE h.person_id = ANY ($1::uuid[])) AS memberships,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('caseId', c.case_id, 'minorId', c.minor_id, 'status', c.status)
            ORDER BY c.case_id), '[]') FROM people_cases c WHERE c.minor_id = ANY ($1::uuid[])) AS cases`,
      [ids],
    );
    return rows[0] as FamilyMapRegistry;
  }
}
