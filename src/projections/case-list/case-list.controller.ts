import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { CLOCK, Clock } from '../../common/clock';
import { ReadsFrom } from '../read-your-writes';
import { ListCases } from './case-list.query';
import { CaseListQueryDto } from './dto/case-list.query.dto';

@ApiTags('cases')
@Controller('cases')
export class CaseListController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ReadsFrom('case_list', 'deadlines')
  @ApiOperation({
    summary: 'The case list: filters, search on the minor’s name, sort by opened date or next deadline, cursor pagination',
    description: 'Team members see the cases they work on or opened; coordinators and court liaison see every case of the service.',
  })
  @ApiQuery()
  @ApiOkResponse({ schema: { example: { items: [{ caseId: '…', minor: { givenName: 'Luca', age: 11 }, status: 'open' }], next: null } } })
  list(@Query() query: CaseListQueryDto, @Req() request: AuthenticatedRequest) {
    return this.queries.execute(new ListCases(query, request.principal!, this.clock()));
  }
}
