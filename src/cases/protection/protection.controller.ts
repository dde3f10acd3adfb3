import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
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
import { placementWarnings } from '../../carers/occupancy/occupancy.query';
import { lookUpPlace } from '../placement/placed-with.lookup';
import {
  EndProtectionMeasureDto,
  ExtendProtectionMeasureDto,
  ModifyProtectionMeasureDto,
  OrderProtectionMeasureDto,
  ProposeProtectionMeasureDto,
} from './dto/protection-measure.dto';

/** Protection measures: proposed by the service, ordered by a decree, extended or modified by later decrees, ended. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseProtectionController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
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
      '400 PARENTAL_CONSENT_REQUIRED; 409 MEASURE_ALREADY_ORDERED (a later decree is an extension or a modification). A measure that places the child (foster-care, community-placement, ' +
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
    const warnings = await placementWarnings(this.queries, caseId, found.capacity);
    const result = commandResult(
      res,
      await this.streams.send(caseKind, caseId, command, context, { ifMatch, facts: { place: found.facts } }),
    );
    return warnings.length > 0 ? { ...result, warnings } : result;
  }

  @Post(':caseId/protection-measures/:measureId/extensions')
  @CaseCommand("Record the decree extending the measure's term, the proroga (ProtectionMeasureExtended)", {
    description:
      '409 MEASURE_NOT_ORDERED, MEASURE_ALREADY_ENDED, MEASURE_WITHOUT_TERM, MEASURE_TERM_EXPIRED (the term ran out before the ' +
      'decree: order a new measure); 400 EXTENSION_NOT_LATER, EXTENSION_NOT_BY_TM (an affido is extended by the TM, ' +
      'L. 184/1983 art. 4 c. 4), DATE_AFTER_OCCURRED_AT, END_BEFORE_START. The end and report deadlines move with the term.',
  })
  async extend(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, ...extension }: ExtendProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ExtendProtectionMeasure', ...extension, caseId, measureId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/protection-measures/:measureId/modifications')
  @CaseCommand(
    'Record a decree modifying the measure in force: prescriptions, report interval, an earlier end (ProtectionMeasureModified)',
    {
      description:
        '409 MEASURE_NOT_ORDERED, MEASURE_ALREADY_ENDED, MEASURE_TERM_EXPIRED; 400 LATER_END_IS_EXTENSION (use …/extensions), ' +
        'DATE_AFTER_OCCURRED_AT, END_BEFORE_START. A new report interval replaces the report deadlines after the decree.',
    },
  )
  async modify(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, ...modification }: ModifyProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ModifyProtectionMeasure', ...modification, caseId, measureId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/protection-measures/:measureId/end')
  @CaseCommand('End a measure (ProtectionMeasureEnded)', {
    description:
      '409 MEASURE_ALREADY_ENDED; 400 DECREE_REQUIRED when an ordered measure ends before its term without the decree ending it. ' +
      'A proposal that was never ordered is withdrawn without one.',
  })
  async end(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, endedOn, reason, decree }: EndProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'EndProtectionMeasure', caseId, measureId, endedOn, reason, decree, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
