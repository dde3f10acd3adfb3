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
import {
  MakeEmergencyPlacementDto,
  NotifyEmergencyPlacementDto,
  RevokeEmergencyPlacementDto,
  ValidateEmergencyPlacementDto,
} from './dto/emergency-placement.dto';

/** Art. 403 c.c. emergency placements: made, notified to the PM, validated by the TM or revoked. */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CasePlacementController {
  constructor(private readonly streams: Streams) {}

  @Post(':caseId/emergency-placements')
  @CaseCommand(
    'Record an art. 403 c.c. emergency placement (EmergencyPlacementMade); occurredAt defaults to placedAt; id is the placement id',
    { answer: 'created', operationId: 'CaseProtectionController_place' },
  )
  async place(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, placedAt, placeKind, reason }: MakeEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const placementId = randomUUID();
    const command = {
      type: 'MakeEmergencyPlacement',
      caseId,
      placementId,
      placedAt,
      placeKind,
      reason,
      occurredAt: occurredAt ?? placedAt,
    } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch, answer: { id: placementId } }));
  }

  @Post(':caseId/emergency-placements/:placementId/notification')
  @CaseCommand('Record the notice to the PM (EmergencyPlacementNotified); the notice time is occurredAt', {
    description: '409 PLACEMENT_ALREADY_NOTIFIED.',
    operationId: 'CaseProtectionController_notify',
  })
  async notify(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, authority }: NotifyEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'NotifyEmergencyPlacement', caseId, placementId, authority, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/emergency-placements/:placementId/validation')
  @CaseCommand('Record the TM decree validating the placement (EmergencyPlacementValidated)', {
    description: '409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.',
    operationId: 'CaseProtectionController_validate',
  })
  async validate(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, ...decree }: ValidateEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ValidateEmergencyPlacement', ...decree, caseId, placementId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/emergency-placements/:placementId/revocation')
  @CaseCommand('Record the decree revoking the placement (EmergencyPlacementRevoked)', {
    description: '409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.',
    operationId: 'CaseProtectionController_revoke',
  })
  async revoke(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, ...decree }: RevokeEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'RevokeEmergencyPlacement', ...decree, caseId, placementId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
