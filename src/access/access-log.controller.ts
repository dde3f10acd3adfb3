import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.guard';
import { ApiQuery } from '../common/api-problems';
import { UuidParam } from '../common/uuid-param';
import { ReadsFrom } from '../projections/read-your-writes';
import { ACCESS_LOG } from './access-log.projection';
import { ReadAccessLog } from './access-log.query';
import { AccessLogQueryDto } from './dto/access-log.query.dto';
import { AccessLogView } from './dto/access-log.view';

const DEFAULT_LIMIT = 100;
const pageAsked = (query: AccessLogQueryDto) => ({ limit: query.limit ?? DEFAULT_LIMIT, cursor: query.cursor });

/** Who read what (GDPR art. 15): for the head of service, who answers the people concerned. */
@ApiTags('access')
@Controller()
export class AccessLogController {
  constructor(private readonly queries: QueryBus) {}

  @Get('cases/:caseId/access-log')
  @Roles('coordinator')
  @ReadsFrom(ACCESS_LOG)
  @ApiOperation({ summary: "Every read of the case's content: who, when, which route and request; exports are AuditTrailExported events" })
  @ApiQuery()
  @ApiOkResponse({ type: AccessLogView })
  async forCase(@Param('caseId', UuidParam) caseId: string, @Query() query: AccessLogQueryDto): Promise<AccessLogView> {
    return this.queries.execute(new ReadAccessLog('case', caseId, pageAsked(query)));
  }

  @Get('families/:familyId/access-log')
  @Roles('coordinator')
  @ReadsFrom(ACCESS_LOG)
  @ApiOperation({ summary: 'Every read of the household and of its cases: what a member may ask under GDPR art. 15' })
  @ApiQuery()
  @ApiOkResponse({ type: AccessLogView })
  async forFamily(@Param('familyId', UuidParam) familyId: string, @Query() query: AccessLogQueryDto): Promise<AccessLogView> {
    return this.queries.execute(new ReadAccessLog('family', familyId, pageAsked(query)));
  }

  @Get('people/:personId/access-log')
  @Roles('coordinator')
  @ReadsFrom(ACCESS_LOG)
  @ApiOperation({ summary: "Every read of a person's record, of their households and of the cases about them (GDPR art. 15)" })
  @ApiQuery()
  @ApiOkResponse({ type: AccessLogView })
  async forPerson(@Param('personId', UuidParam) personId: string, @Query() query: AccessLogQueryDto): Promise<AccessLogView> {
    return this.queries.execute(new ReadAccessLog('person', personId, pageAsked(query)));
  }
}
