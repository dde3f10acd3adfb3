import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { Role } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { ReadsFrom } from '../read-your-writes';
import { StatisticsQueryDto } from './dto/statistics.query.dto';
import { StatisticsView } from './dto/statistics.view';
import { STATISTICS } from './statistics.projection';
import { ReadStatistics } from './statistics.query';

/**
 * The head of service reports on the service (DESIGN §7: the coordinator sees all cases). Not admin: a narrow period in a small
 * municipality can single out a child, so these counts are treated as case content; not team members or court liaison: they work cases.
 */
export const STATISTICS_READERS: Role[] = ['coordinator'];

@ApiTags('statistics')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles(...STATISTICS_READERS)
  @ReadsFrom(STATISTICS)
  @ApiOperation({
    summary: 'Counts for a period: cases opened per intake and referrer kind, open at the end, measures by kind, closures by reason',
    description:
      'Days are Europe/Rome calendar days, both ends included. Opening and closure count on the date they occurred; a measure on its decree date. ' +
      'Counts only, no personal data (SINBA, DM 206/2014). Coordinator only.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: StatisticsView })
  statistics(@Query() query: StatisticsQueryDto): Promise<StatisticsView> {
    return this.queries.execute(new ReadStatistics({ from: query.from, to: query.to, municipality: query.municipality }));
  }
}
