import { Dated } from '../../common/decider';
import { Carrying, CaseCommandFields, CaseContext } from '../case.command';
import { romeDate } from '../case.age';
import { dateAfterOccurredAt, endBeforeStart, notFound, placementNotNotified, wrongState } from '../case.errors';
import { CaseEvent } from '../case.events';
import { CLOCK_SKEW_MS, assertDateNotAfter, assertNewId, assertNotBefore, guard } from '../case.guards';
import { CaseState, PlacementState } from '../case.state';
import { Authority } from '../case.values';

/** Art. 403 c.c.: placement, notice to the PM, then the TM validates or it is revoked. */

export type MakeEmergencyPlacement = Carrying<'MakeEmergencyPlacement', 'EmergencyPlacementMade'>;
/** The notice is the fact: notifiedAt is the command's occurredAt; the authority defaults to the PM at the TM. */
export type NotifyEmergencyPlacement = { type: 'NotifyEmergencyPlacement'; placementId: string; authority?: Authority } & CaseCommandFields;
export type ValidateEmergencyPlacement = Carrying<'ValidateEmergencyPlacement', 'EmergencyPlacementValidated'>;
export type RevokeEmergencyPlacement = Carrying<'RevokeEmergencyPlacement', 'EmergencyPlacementRevoked'>;
export type PlacementCommand = MakeEmergencyPlacement | NotifyEmergencyPlacement | ValidateEmergencyPlacement | RevokeEmergencyPlacement;

/** Where a placement's notice goes unless it names another authority. */
export const PM_AT_THE_TM = 'procura-presso-il-tm';

const placementOf = (state: CaseState, placementId: string): PlacementState => {
  const placement = state.emergencyPlacements[placementId];
  if (!placement) throw notFound('PLACEMENT_NOT_FOUND', 'emergency placement', placementId);
  return placement;
};

export const makeEmergencyPlacement = (cmd: Dated<MakeEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.emergencyPlacements, 'emergency placement', cmd.placementId);
  if (Date.parse(cmd.placedAt) > Date.parse(cmd.occurredAt) + CLOCK_SKEW_MS) {
    throw dateAfterOccurredAt('placedAt', cmd.placedAt, cmd.occurredAt);
  }
  const { caseId, placementId, placedAt, placeKind, reason } = cmd;
  return [{ type: 'EmergencyPlacementMade', data: { caseId, placementId, placedAt, placeKind, reason } }];
};

export const notifyEmergencyPlacement = (cmd: Dated<NotifyEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  const placement = placementOf(state, cmd.placementId);
  if (placement.status !== 'made') {
    throw wrongState('PLACEMENT_ALREADY_NOTIFIED', 'emergency placement', cmd.placementId, 'already notified');
  }
  if (Date.parse(cmd.occurredAt) < Date.parse(placement.placedAt)) {
    throw endBeforeStart('occurredAt', cmd.occurredAt, placement.placedAt);
  }
  const { caseId, placementId } = cmd;
  return [
    {
      type: 'EmergencyPlacementNotified',
      data: { caseId, placementId, authority: cmd.authority ?? PM_AT_THE_TM, notifiedAt: cmd.occurredAt },
    },
  ];
};

/** Validation and revocation both answer a notified placement, once. */
const awaitingDecision = (state: CaseState, cmd: { placementId: string; decreeDate: string; occurredAt: string }) => {
  const placement = placementOf(state, cmd.placementId);
  if (placement.status === 'made') throw placementNotNotified(cmd.placementId);
  if (placement.status !== 'notified') {
    throw wrongState('PLACEMENT_ALREADY_DECIDED', 'emergency placement', cmd.placementId, placement.status);
  }
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  assertNotBefore('decreeDate', cmd.decreeDate, romeDate(placement.placedAt));
};

export const validateEmergencyPlacement = (cmd: Dated<ValidateEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  awaitingDecision(state, cmd);
  const { caseId, placementId, authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale } = cmd;
  return [
    {
      type: 'EmergencyPlacementValidated',
      data: { caseId, placementId, authority, decreeNumber, decreeDate, hearingDate, curatoreSpeciale },
    },
  ];
};

export const revokeEmergencyPlacement = (cmd: Dated<RevokeEmergencyPlacement>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  awaitingDecision(state, cmd);
  const { caseId, placementId, authority, decreeNumber, decreeDate, reason } = cmd;
  return [{ type: 'EmergencyPlacementRevoked', data: { caseId, placementId, authority, decreeNumber, decreeDate, reason } }];
};
