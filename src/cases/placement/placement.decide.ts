import { Dated } from '../../common/decider';
import { Carrying, CaseCommandFields, CaseContext } from '../case.command';
import { romeDate } from '../case.age';
import { dateAfterOccurredAt, endBeforeStart, notFound, placementNotNotified, placementStepRefused, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { CLOCK_SKEW_MS, assertDateNotAfter, assertNewId, assertNotBefore, assertNotInFuture, assertOpened, guard } from '../case.guards';
import { CaseState, PlacementState } from '../case.state';
import { Authority, PlaceRequest } from '../case.values';
import { placeNamed } from './placed-with.rules';
import {
  ART403_LAPSE_BASIS,
  ART403_RULES,
  Art403Step,
  hearingDue,
  isLate,
  pmRequestDue,
  reviewDue,
  transmissionDue,
  validationDue,
} from './art403.rules';
import { romeIso } from '../../projections/deadlines/rome-time';

/** Art. 403 c.c., step by step (art403.rules.ts): oral notice, acts to the PM, PM's request, TM's validation, review. */

/** Names where the child is by ids (PlaceRequest); decide names the place from the facts its sender looked up. */
export type MakeEmergencyPlacement = Omit<Carrying<'MakeEmergencyPlacement', 'EmergencyPlacementMade'>, 'placedWith' | 'withParent'> &
  PlaceRequest;
/** The oral notice is the fact: givenAt is the command's occurredAt. */
export type GiveOralNotice = { type: 'GiveOralNotice'; placementId: string; authority?: Authority } & CaseCommandFields;
/** The acts reach the PM: notifiedAt is the command's occurredAt; the authority defaults to the PM at the TM. */
export type NotifyEmergencyPlacement = { type: 'NotifyEmergencyPlacement'; placementId: string; authority?: Authority } & CaseCommandFields;
export type RequestPlacementValidation = {
  type: 'RequestPlacementValidation';
  placementId: string;
  authority?: Authority;
} & CaseCommandFields;
export type ValidateEmergencyPlacement = Carrying<'ValidateEmergencyPlacement', 'EmergencyPlacementValidated'>;
export type RevokeEmergencyPlacement = Carrying<'RevokeEmergencyPlacement', 'EmergencyPlacementRevoked'>;
export type ReviewPlacementValidation = Carrying<'ReviewPlacementValidation', 'EmergencyPlacementValidationReviewed'>;
/** Sent by the deadline engine, dated at the step's due instant; it appends nothing when the step was met or already lapsed. */
export type RecordPlacementLapse = { type: 'RecordPlacementLapse'; placementId: string; missedStep: Art403Step } & CaseCommandFields;
export type PlacementCommand =
  | MakeEmergencyPlacement
  | GiveOralNotice
  | NotifyEmergencyPlacement
  | RequestPlacementValidation
  | ValidateEmergencyPlacement
  | RevokeEmergencyPlacement
  | ReviewPlacementValidation
  | RecordPlacementLapse;

/** Where a placement's notices and acts go unless the command names another authority. */
export const PM_AT_THE_TM = 'procura-presso-il-tm';

const placementOf = (state: CaseState, placementId: string): PlacementState => {
  const placement = state.emergencyPlacements[placementId];
  if (!placement) throw notFound('PLACEMENT_NOT_FOUND', 'emergency placement', placementId);
  return placement;
};

/** A step may not be dated before the one it follows. */
const assertAfter = (occurredAt: string, previous: string | undefined) => {
  if (previous !== undefined && Date.parse(occurredAt) < Date.parse(previous)) throw endBeforeStart('occurredAt', occurredAt, previous);
};
const late = (occurredAt: string, due: Date): { late?: true } => (isLate(occurredAt, due) ? { late: true } : {});

export const makeEmergencyPlacement = (cmd: Dated<MakeEmergencyPlacement>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.emergencyPlacements, 'emergency placement', cmd.placementId);
  if (Date.parse(cmd.placedAt) > Date.parse(cmd.occurredAt) + CLOCK_SKEW_MS) {
    throw dateAfterOccurredAt('placedAt', cmd.placedAt, cmd.occurredAt);
  }
  const { caseId, placementId, placedAt, placeKind, reason } = cmd;
  const place = placeNamed(placeKind, cmd, facts.place, { emergency: true });
  return [{ type: 'EmergencyPlacementMade', data: { caseId, placementId, placedAt, placeKind, reason, ...place } }];
};

export const giveOralNotice = (cmd: Dated<GiveOralNotice>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  if (placement.oralNoticeAt) throw wrongState('ORAL_NOTICE_ALREADY_GIVEN', 'emergency placement', cmd.placementId, 'already noticed');
  assertAfter(cmd.occurredAt, placement.placedAt);
  const { caseId, placementId } = cmd;
  return [
    {
      type: 'EmergencyPlacementOralNoticeGiven',
      data: { caseId, placementId, authority: cmd.authority ?? PM_AT_THE_TM, givenAt: cmd.occurredAt },
    },
  ];
};

export const notifyEmergencyPlacement = (cmd: Dated<NotifyEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  if (placement.notifiedAt) throw wrongState('PLACEMENT_ALREADY_NOTIFIED', 'emergency placement', cmd.placementId, 'already notified');
  assertAfter(cmd.occurredAt, placement.placedAt);
  const { caseId, placementId, occurredAt } = cmd;
  const authority = cmd.authority ?? PM_AT_THE_TM;
  const lateness = late(occurredAt, transmissionDue(placement.placedAt));
  return [{ type: 'EmergencyPlacementNotified', data: { caseId, placementId, authority, notifiedAt: occurredAt, ...lateness } }];
};

/** The PM answers the acts once: a request for validation, or a revocation. */
const awaitingPm = (placement: PlacementState) => {
  if (!placement.notifiedAt) throw placementNotNotified(placement.placementId);
  if (placement.decision)
    throw wrongState('PLACEMENT_ALREADY_DECIDED', 'emergency placement', placement.placementId, placement.decision.outcome);
};

export const requestPlacementValidation = (cmd: Dated<RequestPlacementValidation>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  awaitingPm(placement);
  if (placement.validationRequestedAt) {
    throw wrongState('VALIDATION_ALREADY_REQUESTED', 'emergency placement', cmd.placementId, 'awaiting the TM');
  }
  assertAfter(cmd.occurredAt, placement.notifiedAt);
  const { caseId, placementId, occurredAt } = cmd;
  const authority = cmd.authority ?? PM_AT_THE_TM;
  const lateness = late(occurredAt, pmRequestDue(placement.notifiedAt!));
  return [
    { type: 'EmergencyPlacementValidationRequested', data: { caseId, placementId, authority, requestedAt: occurredAt, ...lateness } },
  ];
};

const decreeChecks = (cmd: { decreeDate: string; occurredAt: string }, placement: PlacementState) => {
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  assertNotBefore('decreeDate', cmd.decreeDate, romeDate(placement.placedAt));
};

export const validateEmergencyPlacement = (cmd: Dated<ValidateEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  awaitingPm(placement);
  if (!placement.validationRequestedAt)
    throw placementStepRefused('VALIDATION_NOT_REQUESTED', cmd.placementId, 'record the PM request first');
  assertAfter(cmd.occurredAt, placement.validationRequestedAt);
  decreeChecks(cmd, placement);
  const { caseId, placementId, authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale, occurredAt } = cmd;
  const lateness = late(occurredAt, validationDue(placement.validationRequestedAt));
  return [
    {
      type: 'EmergencyPlacementValidated',
      data: { caseId, placementId, authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale, ...lateness },
    },
  ];
};

/** Before a request it is the PM's revocation (c. 3); after it, the TM refusing validation (c. 4). */
export const revokeEmergencyPlacement = (cmd: Dated<RevokeEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  awaitingPm(placement);
  assertAfter(cmd.occurredAt, placement.validationRequestedAt ?? placement.notifiedAt);
  decreeChecks(cmd, placement);
  const due = placement.validationRequestedAt ? validationDue(placement.validationRequestedAt) : pmRequestDue(placement.notifiedAt!);
  const { caseId, placementId, authority, decreeNumber, decreeDate, reason, occurredAt } = cmd;
  return [
    {
      type: 'EmergencyPlacementRevoked',
      data: { caseId, placementId, authority, decreeNumber, decreeDate, reason, ...late(occurredAt, due) },
    },
  ];
};

export const reviewPlacementValidation = (cmd: Dated<ReviewPlacementValidation>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  if (placement.decision?.outcome !== 'validated') {
    throw placementStepRefused(
      'PLACEMENT_NOT_VALIDATED',
      cmd.placementId,
      'the TM reviews a validation after its hearing; record the validation first',
    );
  }
  if (placement.review) throw wrongState('VALIDATION_ALREADY_REVIEWED', 'emergency placement', cmd.placementId, placement.review.outcome);
  if (!placement.hearingDate)
    throw placementStepRefused('HEARING_NOT_SET', cmd.placementId, 'schedule the hearing the validation set first');
  if (Date.parse(cmd.occurredAt) < Date.parse(placement.hearingDate)) {
    throw placementStepRefused('REVIEW_BEFORE_HEARING', cmd.placementId, `the review follows the hearing of ${placement.hearingDate}`);
  }
  decreeChecks(cmd, placement);
  const { caseId, placementId, authority, decreeNumber, decreeDate, outcome, note, occurredAt } = cmd;
  const lateness = late(occurredAt, reviewDue(placement.hearingDate));
  return [
    {
      type: 'EmergencyPlacementValidationReviewed',
      data: { caseId, placementId, authority, decreeNumber, decreeDate, outcome, note, ...lateness },
    },
  ];
};

/** The instant a step fell due, and whether it was done by then; undefined while its previous step has not happened. */
const stepOf = (p: PlacementState, step: Art403Step): { due: Date; doneAt?: string } | undefined => {
  const decidedAt = p.decision?.decidedAt;
  switch (step) {
    case 'transmission':
      return { due: transmissionDue(p.placedAt), doneAt: p.notifiedAt };
    case 'pm-request':
      // A validation without a recorded request was written before the steps were split: its PM step cannot be judged.
      if (!p.notifiedAt || (p.decision?.outcome === 'validated' && !p.validationRequestedAt)) return undefined;
      return { due: pmRequestDue(p.notifiedAt), doneAt: p.validationRequestedAt ?? decidedAt };
    case 'validation':
      if (!p.validationRequestedAt) return undefined;
      return { due: validationDue(p.validationRequestedAt), doneAt: p.decision ? (decidedAt ?? p.validationRequestedAt) : undefined };
    case 'hearing':
      return p.decision?.outcome === 'validated' ? { due: hearingDue(p.decision.decreeDate), doneAt: p.hearingDate } : undefined;
    case 'review':
      return p.hearingDate !== undefined && p.decision?.outcome === 'validated'
        ? { due: reviewDue(p.hearingDate), doneAt: p.review?.reviewedAt }
        : undefined;
  }
};

/** Idempotent: one lapse per placement, only for a step that lapses (c. 7), only once its due instant has passed. */
export const recordPlacementLapse = (cmd: Dated<RecordPlacementLapse>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  assertOpened(state, cmd.caseId);
  assertNotInFuture(cmd.occurredAt, now);
  const placement = placementOf(state, cmd.placementId);
  if (placement.lapse || !ART403_RULES[cmd.missedStep].lapses) return [];
  const step = stepOf(placement, cmd.missedStep);
  if (!step || now.getTime() <= step.due.getTime()) return [];
  if (step.doneAt && !isLate(step.doneAt, step.due)) return [];
  const { caseId, placementId, missedStep } = cmd;
  const dueAt = romeIso(step.due);
  return [
    {
      type: 'MeasureLapsed',
      data: { caseId, measureId: placementId, measureKind: 'emergency-placement', missedStep, dueAt, legalBasis: ART403_LAPSE_BASIS },
    },
  ];
};
