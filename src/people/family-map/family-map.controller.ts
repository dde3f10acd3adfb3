import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { caseKind } from '../../cases/case.decider';
import { caseNotFound } from '../../cases/case.errors';
import { CaseAccess } from '../../cases/case-access.guard';
import { ApiQuery } from '../../common/api-problems';
import { Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { familyKind } from '../../families/family.decider';
import { ReadsFrom } from '../../projections/read-your-writes';
import { PEOPLE } from '../people.projection';
import { FamilyMap, buildFamilyMap } from './family-map.build';
import { FamilyMapDto } from './family-map.dto';
import { ReadFamilyMapRegistry } from './family-map.query';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class FamilyMapController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
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
    const { names, memberships, cases } = await this.queries.execute(new ReadFamilyMapRegistry(ids));
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
