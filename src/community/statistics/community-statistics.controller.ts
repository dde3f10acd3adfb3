import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { ApiQuery } from '../../common/api-problems';
import { CARERS } from '../../carers/occupancy/carers.projection';
import { COMMUNITY } from '../../projections/community/community.projection';
import { ReadsFrom } from '../../projections/read-your-writes';
import { STATISTICS_READERS } from '../../projections/statistics/statistics.controller';
import { ReadCommunityStatistics } from './community-statistics.query';
import { CommunityStatisticsQueryDto, CommunityStatisticsView } from './dto/community-statistics.dto';

@ApiTags('community')
@Controller('community/statistics')
export class CommunityStatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...STATISTICS_READERS)
  @ReadsFrom(COMMUNITY, CARERS)
  @ApiOperation({
    summary:
      'Counts for a period: initiatives held and their participants by category, reports by source kind and by outcome; and the occupancy of each open facility today',
    description:
      'Days are Europe/Rome calendar days, both ends included; an initiative counts on the day it was held, a report on the day it was received. ' +
      'municipality filters initiatives only: a report names no municipality. Coordinator only, like GET /statistics. 400 INVALID_PERIOD.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CommunityStatisticsView })
  read(@Query() query: CommunityStatisticsQueryDto): Promise<CommunityStatisticsView> {
    return this.queries.execute(new ReadCommunityStatistics(query.from, query.to, query.municipality));
  }
}
