import { Controller, Get, Inject, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth/auth.guard';
import { CASE_READERS } from '../../auth/roles';
import { CaseAccess } from '../../cases/case-access.guard';
import { caseNotFound } from '../../cases/case.errors';
import { caseStream } from '../../cases/case.stream';
import { CLOCK, Clock } from '../../common/clock';
import { ApiQuery } from '../../common/api-problems';
import { UuidParam } from '../../common/uuid-param';
import { EventLog } from '../../event-store/event-log';
import { CaseFileVerificationDto } from './dto/case-file-verification.dto';
import { ReadCaseFileVerification } from './stored-chain.verification';

/** The server re-checks what it stores: a break in a chain, or a stream shorter than a checkpoint saw. */
@ApiTags('court')
@Controller('cases')
@CaseAccess()
export class VerificationController {
  constructor(
    private readonly log: EventLog,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':caseId/audit-trail/verification')
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Re-verify the stored hash chains of the case and its family, and compare their heads with the latest checkpoint',
    description: 'Per stream: whether the chain holds, the first break (revision, expected and found hash), and the checkpoint comparison.',
  })
  @ApiQuery()
  @ApiOkResponse({ type: CaseFileVerificationDto })
  async verify(@Param('caseId', UuidParam) caseId: string): Promise<CaseFileVerificationDto> {
    let familyId: string | undefined;
    for await (const event of this.log.store.readStream(caseStream(caseId), { maxCount: 1 })) {
      familyId = (event.data as { familyId?: string }).familyId;
    }
    const result = await this.queries.execute(new ReadCaseFileVerification(caseId, familyId, this.clock()));
    if (!familyId && result.streams[0].checkpoint === null) throw caseNotFound(caseId);
    return result;
  }
}
