import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { ApiQuery } from '../../common/api-problems';
import { ReadsFrom } from '../read-your-writes';
import { APPROVALS } from './approvals.projection';
import { ListApprovals } from './approvals.query';
import { ApprovalsPage, ApprovalsQueryDto } from './dto/approvals.dto';

@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Roles('coordinator')
  @ReadsFrom(APPROVALS)
  @ApiOperation({
    summary: "The coordinator's inbox: acts submitted for approval (pending by default), oldest first",
    description:
      'Acts the service has its coordinator approve (SUPERVISED_ACTS): support plans, closures, reports to the court. ' +
      'Decide one with POST /cases/{caseId}/approvals/{approvalId}/decision. Pages: { items, next }, limit and cursor.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: ApprovalsPage })
  list(@Query() query: ApprovalsQueryDto): Promise<ApprovalsPage> {
    return this.queries.execute(new ListApprovals(query));
  }
}
