import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthenticatedRequest, OwnOnly, Roles } from '../../auth/auth.guard';
import { DomainError } from '../../common/domain-error';
import { CASE_READERS, seesOnlyOwnCases } from '../../auth/roles';
import { ApiQuery } from '../../common/api-problems';
import { ReadsFrom } from '../read-your-writes';
import { CASELOAD } from './caseload.projection';
import { ReadCaseloadOverview } from './caseload-overview.query';
import { CaseloadQueryDto, WorkerCaseloadQueryDto } from './dto/caseload.query.dto';
import { CaseloadOverviewView, WorkerCaseloadView } from './dto/caseload.view';
import { ReadWorkerCaseload } from './worker-caseload.query';
import { WorkerIdParam } from './worker-id-param';

@ApiTags('caseload')
@Controller()
export class CaseloadController {
  constructor(private readonly queries: QueryBus) {}

  @Get('workers/:workerId/caseload')
  @Roles(...CASE_READERS)
  @OwnOnly()
  @ReadsFrom(CASELOAD)
  @ApiOperation({
    summary: "A worker's open cases: role on each, case manager or not, municipality, latest risk level; with counts",
    description:
      'A worker on no open case has an empty caseload (200), since workers live in the identity provider, not in tutela. ' +
      'Team members may read only their own (403 NOT_YOUR_CASELOAD).',
  })
  @ApiParam({ name: 'workerId', description: 'Token subject of the worker', example: 'alice' })
  @ApiQuery()
  @ApiOkResponse({ type: WorkerCaseloadView })
  worker(
    @Param('workerId', WorkerIdParam) workerId: string,
    @Query() query: WorkerCaseloadQueryDto,
    @Req() request: AuthenticatedRequest,
  ): Promise<WorkerCaseloadView> {
    // A team member's list names cases: they see their own; coordinators and court liaison see anyone's.
    const viewer = request.principal!;
    if (seesOnlyOwnCases(viewer) && viewer.id !== workerId) {
      throw new DomainError('NOT_YOUR_CASELOAD', 'Team members may read only their own caseload', 403);
    }
    return this.queries.execute(new ReadWorkerCaseload(workerId, { limit: query.limit, cursor: query.cursor }));
  }

  @Get('caseload')
  @Roles(...CASE_READERS)
  @ReadsFrom(CASELOAD)
  @ApiOperation({
    summary: 'Open cases per worker, per role and per municipality',
    description: 'Open cases only: a closed case weighs on nobody. A case with two members counts once per member in byWorker.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseloadOverviewView })
  overview(@Query() query: CaseloadQueryDto): Promise<CaseloadOverviewView> {
    return this.queries.execute(new ReadCaseloadOverview(query.municipality));
  }
}
