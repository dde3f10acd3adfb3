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
import { EndProtectionMeasureDto, OrderProtectionMeasureDto, ProposeProtectionMeasureDto } from './dto/protection-measure.dto';

/** Protection measures: proposed by the service, ordered by a decree, ended. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseProtectionController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/protection-measures')
  @CaseCommand('Propose a protection measure (ProtectionMeasureProposed); id is the measure id', { answer: 'created' })
  async propose(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...measure }: ProposeProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const measureId = randomUUID();
    const command = { type: 'ProposeProtectionMeasure', ...measure, caseId, measureId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: measureId } }));
  }

  @Post(':caseId/protection-measures/:measureId/order')
  @CaseCommand('Record the decree ordering the measure (ProtectionMeasureOrdered)', {
    description: '400 PARENTAL_CONSENT_REQUIRED; 409 MEASURE_ALREADY_ORDERED.',
  })
  async order(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, ...decree }: OrderProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'OrderProtectionMeasure', ...decree, caseId, measureId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/protection-measures/:measureId/end')
  @CaseCommand('End a measure (ProtectionMeasureEnded)', { description: '409 MEASURE_ALREADY_ENDED.' })
  async end(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, endedOn, reason }: EndProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'EndProtectionMeasure', caseId, measureId, endedOn, reason, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
