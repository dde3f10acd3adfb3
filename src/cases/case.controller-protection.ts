import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Response } from 'express';
import { commandResult } from '../common/command-result';
import { Context, IfMatch, RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import {
  endProtectionMeasure,
  makeEmergencyPlacement,
  notifyEmergencyPlacement,
  orderProtectionMeasure,
  proposeProtectionMeasure,
  revokeEmergencyPlacement,
  validateEmergencyPlacement,
} from './case.decide';
import { CaseCommand, CaseCommands, IfMatchValue } from './case.http';
import {
  EndProtectionMeasureDto,
  MakeEmergencyPlacementDto,
  NotifyEmergencyPlacementDto,
  OrderProtectionMeasureDto,
  ProposeProtectionMeasureDto,
  RevokeEmergencyPlacementDto,
  ValidateEmergencyPlacementDto,
} from './dto';
import { CaseAccess } from './case-access.guard';

/** Protection measures (proposed, ordered by decree, ended) and art. 403 c.c. emergency placements. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CaseProtectionController {
  constructor(private readonly cases: CaseCommands) {}

  @Post(':caseId/protection-measures')
  @CaseCommand('Propose a protection measure (ProtectionMeasureProposed); id is the measure id', 'created')
  async propose(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, ...measure }: ProposeProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const measureId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      proposeProtectionMeasure({ ...measure, caseId, measureId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, measureId);
  }

  @Post(':caseId/protection-measures/:measureId/order')
  @CaseCommand('Record the decree ordering the measure (ProtectionMeasureOrdered)', 'ok', '400 PARENTAL_CONSENT_REQUIRED; 409 MEASURE_ALREADY_ORDERED.')
  async order(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, ...decree }: OrderProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      orderProtectionMeasure({ ...decree, caseId, measureId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/protection-measures/:measureId/end')
  @CaseCommand('End a measure (ProtectionMeasureEnded)', 'ok', '409 MEASURE_ALREADY_ENDED.')
  async end(
    @Param('caseId', UuidParam) caseId: string,
    @Param('measureId', UuidParam) measureId: string,
    @Body() { occurredAt, endedOn, reason }: EndProtectionMeasureDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      endProtectionMeasure({ caseId, measureId, endedOn, reason, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/emergency-placements')
  @CaseCommand('Record an art. 403 c.c. emergency placement (EmergencyPlacementMade); occurredAt defaults to placedAt; id is the placement id', 'created')
  async place(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, placedAt, placeKind, reason }: MakeEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const placementId = randomUUID();
    const outcome = await this.cases.send({ caseId, occurredAt: occurredAt ?? placedAt, context, ifMatch }, (state, now, at) =>
      makeEmergencyPlacement({ caseId, placementId, placedAt, placeKind, reason, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome, placementId);
  }

  @Post(':caseId/emergency-placements/:placementId/notification')
  @CaseCommand('Record the notice to the PM (EmergencyPlacementNotified); the notice time is occurredAt', 'ok', '409 PLACEMENT_ALREADY_NOTIFIED.')
  async notify(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, authority }: NotifyEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      notifyEmergencyPlacement({ caseId, placementId, authority, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/emergency-placements/:placementId/validation')
  @CaseCommand('Record the TM decree validating the placement (EmergencyPlacementValidated)', 'ok', '409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.')
  async validate(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, ...decree }: ValidateEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      validateEmergencyPlacement({ ...decree, caseId, placementId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }

  @Post(':caseId/emergency-placements/:placementId/revocation')
  @CaseCommand('Record the decree revoking the placement (EmergencyPlacementRevoked)', 'ok', '409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.')
  async revoke(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, ...decree }: RevokeEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const outcome = await this.cases.send({ caseId, occurredAt, context, ifMatch }, (state, now, at) =>
      revokeEmergencyPlacement({ ...decree, caseId, placementId, occurredAt: at }, state, now),
    );
    return commandResult(res, outcome);
  }
}
