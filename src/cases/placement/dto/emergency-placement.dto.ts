import { PLACE_KINDS, PlaceKind, VALIDATION_REVIEW_OUTCOMES, ValidationReviewOutcome } from '../../case.values';
import { Authority, CalendarDate, Instant, LongText, Name, OccurredAt, OneOf } from '../../dto/decorators';
import { PlaceFields } from '../../dto/placed-with.dto';

/** POST /cases/{caseId}/emergency-placements (art. 403 c.c.); the statutory hours count from placedAt. */
export class MakeEmergencyPlacementDto extends PlaceFields {
  @Instant({ example: '2026-11-08T22:30:00+01:00' })
  placedAt!: string;

  @OneOf(PLACE_KINDS, { example: 'mother-child-community' })
  placeKind!: PlaceKind;

  @LongText({ example: 'Violence at home reported by the police at night.' })
  reason!: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST .../oral-notice (art. 403 c. 2: immediate), .../notification (acts within 24 h), .../validation-request (PM, 72 h). */
export class NotifyEmergencyPlacementDto {
  @Authority({ required: false, example: 'procura-presso-il-tm', description: 'Defaults to procura-presso-il-tm' })
  authority?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/emergency-placements/{placementId}/validation */
export class ValidateEmergencyPlacementDto {
  @Authority()
  authority!: string;

  @Name({ example: '88/2026' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @Instant({ required: false, example: '2026-11-24T10:00:00+01:00', description: 'The hearing the TM set (within 15 days)' })
  hearingDate?: string;

  @Name({ required: false, example: 'avv. Carla Neri' })
  curatoreSpeciale?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/emergency-placements/{placementId}/revocation */
export class RevokeEmergencyPlacementDto {
  @Authority({ example: 'procura-presso-il-tm' })
  authority!: string;

  @Name({ example: '12/2026' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @LongText({ required: false })
  reason?: string;

  @OccurredAt()
  occurredAt?: string;
}

/** POST /cases/{caseId}/emergency-placements/{placementId}/review: the TM's collegial decree after the hearing (art. 403 c. 5). */
export class ReviewPlacementValidationDto {
  @OneOf(VALIDATION_REVIEW_OUTCOMES, { example: 'confirmed' })
  outcome!: ValidationReviewOutcome;

  @Authority()
  authority!: string;

  @Name({ example: '95/2026' })
  decreeNumber!: string;

  @CalendarDate()
  decreeDate!: string;

  @LongText({ required: false })
  note?: string;

  @OccurredAt()
  occurredAt?: string;
}
