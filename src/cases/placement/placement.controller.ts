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
import { lookUpPlace } from './placed-with.lookup';
import {
  MakeEmergencyPlacementDto,
  NotifyEmergencyPlacementDto,
  ReviewPlacementValidationDto,
  RevokeEmergencyPlacementDto,
  ValidateEmergencyPlacementDto,
} from './dto/emergency-placement.dto';

/**
 * Art. 403 c.c. emergency placements, step by step: made, oral notice and acts to the PM, the PM's request or revocation,
 * the TM's validation (or refusal), and its review after the hearing. A step out of order is 409 with what comes first.
 */
@ApiTags('cases')
@Controller('cases')
@CaseAccess()
export class CasePlacementController {
  constructor(
    private readonly streams: Streams,
    private readonly queries: QueryBus,
  ) {}

  @Post(':caseId/emergency-placements')
  @CaseCommand(
    'Record an art. 403 c.c. emergency placement (EmergencyPlacementMade); occurredAt defaults to placedAt; id is the placement id',
    {
      answer: 'created',
      description:
        'placedWith names the facility (community kinds) or foster carer (foster-family; relatives optionally); a mother–child community names withParent. ' +
        '400 PLACED_WITH_REQUIRED, PLACED_WITH_AMBIGUOUS, WITH_PARENT_REQUIRED, WITH_PARENT_NOT_APPLICABLE; 404 FACILITY_NOT_FOUND, FOSTER_CARER_NOT_FOUND; ' +
        '409 FACILITY_CLOSED, FOSTER_CARER_WITHDRAWN, PLACE_KIND_MISMATCH, AFFIDO_KIND_NOT_ACCEPTED, PARENT_NOT_IN_FAMILY. ' +
        'A full place is no refusal: the answer carries warnings[] FACILITY_AT_CAPACITY / FOSTER_CARER_AT_CAPACITY.',
    },
  )
  async place(
    @Param('caseId', UuidParam) caseId: string,
    @Body() { occurredAt, placedAt, placeKind, reason, placedWith, withParent }: MakeEmergencyPlacementDto,
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
      placedWith: placedWith && { facilityId: placedWith.facilityId, fosterCarerId: placedWith.fosterCarerId },
      withParent,
      occurredAt: occurredAt ?? placedAt,
    } as const;
    const place = await lookUpPlace(this.streams, caseId, command);
    const warnings = await placementWarnings(this.queries, caseId, place.capacity);
    const options = { ifMatch, facts: { place: place.facts }, answer: { id: placementId } };
    const result = commandResult(res, await this.streams.send(caseKind, caseId, command, context, options));
    return warnings.length > 0 ? { ...result, warnings } : result;
  }

  @Post(':caseId/emergency-placements/:placementId/oral-notice')
  @CaseCommand('Record the immediate oral notice to the PM (EmergencyPlacementOralNoticeGiven, art. 403 c. 2); its time is occurredAt', {
    description: '409 ORAL_NOTICE_ALREADY_GIVEN.',
  })
  async giveOralNotice(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, authority }: NotifyEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'GiveOralNotice', caseId, placementId, authority, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/emergency-placements/:placementId/notification')
  @CaseCommand(
    'Record that measure, documents and report reached the PM (EmergencyPlacementNotified, art. 403 c. 2, within 24 h); the time is occurredAt',
    {
      description: '409 PLACEMENT_ALREADY_NOTIFIED. After 24 h it is recorded with late: true and the placement stays lapsed.',
    },
  )
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

  @Post(':caseId/emergency-placements/:placementId/validation-request')
  @CaseCommand("Record the PM's request to the TM to validate (EmergencyPlacementValidationRequested, art. 403 c. 3, within 72 h)", {
    description: '409 PLACEMENT_NOT_NOTIFIED (send the acts first), VALIDATION_ALREADY_REQUESTED, PLACEMENT_ALREADY_DECIDED.',
  })
  async requestValidation(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, authority }: NotifyEmergencyPlacementDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'RequestPlacementValidation', caseId, placementId, authority, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }

  @Post(':caseId/emergency-placements/:placementId/validation')
  @CaseCommand('Record the TM decree validating the placement (EmergencyPlacementValidated, art. 403 c. 4, within 48 h of the request)', {
    description: '409 PLACEMENT_NOT_NOTIFIED, VALIDATION_NOT_REQUESTED (record the PM request first), PLACEMENT_ALREADY_DECIDED.',
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
  @CaseCommand("Record the PM's revocation (before a request) or the TM's refusal to validate (EmergencyPlacementRevoked)", {
    description: '409 PLACEMENT_NOT_NOTIFIED, PLACEMENT_ALREADY_DECIDED.',
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

  @Post(':caseId/emergency-placements/:placementId/review')
  @CaseCommand(
    "Record the TM's decree after the hearing confirming, modifying or revoking the validation (EmergencyPlacementValidationReviewed, art. 403 c. 5, within 15 days)",
    { description: '409 PLACEMENT_NOT_VALIDATED, HEARING_NOT_SET, REVIEW_BEFORE_HEARING, VALIDATION_ALREADY_REVIEWED.' },
  )
  async review(
    @Param('caseId', UuidParam) caseId: string,
    @Param('placementId', UuidParam) placementId: string,
    @Body() { occurredAt, ...decree }: ReviewPlacementValidationDto,
    @Context() context: RequestContext,
    @IfMatch() ifMatch: IfMatchValue,
    @Res({ passthrough: true }) res: Response,
  ) {
    const command = { type: 'ReviewPlacementValidation', ...decree, caseId, placementId, occurredAt } as const;
    return commandResult(res, await this.streams.send(caseKind, caseId, command, context, { ifMatch }));
  }
}
