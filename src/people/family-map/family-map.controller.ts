import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { caseKind } from '../../cases/case.decider';
import { caseNotFound } from '../../cases/case.errors';
import { CaseAccess } from '../../cases/case-access.guard';
import { ApiQuery } from '../../common/api-problems';
import { Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { PG_POOL } from '../../database/database.tokens';
import { familyKind } from '../../families/family.decider';
import { ReadsFrom } from '../../projections/read-your-writes';
import { PEOPLE } from '../people.projection';
import { FamilyMap, buildFamilyMap } from './family-map.build';
import { FamilyMapDto } from './family-map.dto';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class FamilyMapController {
  constructor(
    private readonly streams: Streams,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  @Get(':caseId/family-map')
  @Roles(...CASE_READERS)
  @ReadsFrom(PEOPLE)
  @ApiOperation({
    summary: "The case's family as a graph: people, households and cases as nodes; relations, memberships and sibling cases as edges",
  })
  @ApiQuery()
  @ApiOkResponse({ type: FamilyMapDto })
  async get(@Param('caseId', UuidParam) caseId: string): Promise<FamilyMap> {
    const { state } = await this.streams.load(caseKind, caseId);
    if (state.status === 'none') throw caseNotFound(caseId);
    const family = (await this.streams.load(familyKind, state.familyId)).state;
    const ids = family.members.map((member) => member.id);
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
    const { names, memberships, cases } = rows[0] as {
      names: Array<{ personId: string; givenName: string; familyName: string; birthDate: string }>;
      memberships: FamilyMapSourcesRow['memberships'];
      cases: FamilyMapSourcesRow['cases'];
    };
    // The case itself is always on its map, even before the read model has it.
    const allCases = cases.some((c) => c.caseId === caseId) ? cases : [...cases, { caseId, minorId: state.minorId, status: state.status }];
    return buildFamilyMap({
      caseId,
      familyId: state.familyId,
      minorId: state.minorId,
      family,
      names: new Map(names.map(({ personId, ...name }) => [personId, name])),
      memberships,
      cases: allCases,
    });
  }
}

type FamilyMapSourcesRow = Parameters<typeof buildFamilyMap>[0];
