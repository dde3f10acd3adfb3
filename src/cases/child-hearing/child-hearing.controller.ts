import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../../common/command-result';
import { Context, IfMatch, RequestContext } from '../../common/request-context';
import { IfMatchValue, Streams } from '../../common/send-command';
import { UuidParam } from '../../common/uuid-param';
import { CaseAccess } from '../case-access.guard';
import { caseKind } from '../case.decider';
import { CaseCommand } from '../case.http';
import { HearChildDto } from './dto/child-hearing.dto';

@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseChildHearingController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/child-hearings')
  @CaseCommand("Record the service's hearing of the child (ChildHeard); id is the hearing id", {
    answer: 'created',
    description: '400 DISCERNMENT_NOT_STATED (under 12), HEARING_WITHOUT_WORDS, HEARD_BEFORE_CASE_OPENED.',
  })
  async hear(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...hearing }: HearChildDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const hearingId = randomUUID();
    const statements = hearing.statements.map(({ text }) => ({ kind: 'statement' as const, statedBy: 'minore', text }));
    const wishes = hearing.wishes.map(({ about, text }) => ({ about, text }));
    const command = { type: 'HearChild', ...hearing, statements, wishes, caseId, hearingId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: hearingId } }));
  }
}
