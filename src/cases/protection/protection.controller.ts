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
import { Occupancy } from '../../carers/occupancy/occupancy.query';
import { lookUpPlace } from '../placement/placed-with.lookup';
import { EndProtectionMeasureDto, OrderProtectionMeasureDto, ProposeProtectionMeasureDto } from './dto/protection-measure.dto';

/** Protection measures: proposed by the service, ordered by a decree, ended. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseProtectionController {
  constructor(
    private readonly streams: Streams,
    private readonly occupancy: Occupancy,
  ) {}

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
    description:
      '400 PARENTAL_CONSENT_REQUIRED; 409 MEASURE_ALREADY_ORDERED. A measure that places the child (foster-care, community-placement, ' +
      'mother-child-community-placement) names where: placedWith (and withParent for a mother–child community), with the codes of ' +
      'POST /cases/{caseId}/emergency-placements; 400 PLACED_WITH_NOT_APPLICABLE on a measure that places nobody. ' +
      'A full place is no refusal: the answer carries warnings[].',
  })
  async order(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, placedWith, ...decree }: OrderProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const place = placedWith && { facilityId: placedWith.facilityId, fosterCarerId: placedWith.fosterCarerId };
    const command = { type: 'OrderProtectionMeasure', ...decree, placedWith: place, caseId, measureId, occurredAt } as const;
    const found = await lookUpPlace(this.streams, caseId, command);
    const warnings = await this.occupancy.warningsFor(caseId, found.capacity);
    const result = commandResult(
      res,
      await this.streams.send(caseKind, caseId, command, context, { ifMatch, facts: { place: found.facts } }),
    );
    return warnings.length > 0 ? { ...result, warnings } : result;
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
