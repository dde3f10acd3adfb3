import { assertKnownIstatCode } from '../../reference/municipality.rule';
import { assertNotInFuture } from '../../cases/case.guards';
import { Dated } from '../../common/decider';
import { PartnerFact, assertActivePartner } from '../partners/partner-facts';
import {
  initiativeAlreadyHeld,
  initiativeAlreadyPlanned,
  initiativeCancelled,
  initiativeNotFound,
  initiativeNotYetDue,
} from './initiative.errors';
import { InitiativeEvent, InitiativePlan, Participants } from './initiative.events';
import { InitiativeState } from './initiatives.evolve';

interface InitiativeCommandFields {
  initiativeId: string;
  occurredAt?: string;
}

export type PlanInitiative = { type: 'PlanInitiative' } & InitiativePlan & InitiativeCommandFields;
export type HoldInitiative = { type: 'HoldInitiative'; participants: Participants } & InitiativeCommandFields;
export type CancelInitiative = { type: 'CancelInitiative'; reason: string } & InitiativeCommandFields;

export type InitiativeCommand = PlanInitiative | HoldInitiative | CancelInitiative;

/** What a planning looks up first: the partners it names (a missing one is absent). */
export interface InitiativeFacts {
  partners?: PartnerFact[];
}

/** A planned initiative may be held or cancelled once; after either, nothing more. */
const assertStillPlanned = (state: InitiativeState, initiativeId: string): void => {
  if (state.status === 'none') throw initiativeNotFound(initiativeId);
  if (state.status === 'cancelled') throw initiativeCancelled(initiativeId);
  if (state.status === 'held') throw initiativeAlreadyHeld(initiativeId);
};

export const planInitiative = (command: PlanInitiative, state: InitiativeState, facts: InitiativeFacts): InitiativeEvent[] => {
  const { type: _type, occurredAt: _occurredAt, initiativeId, ...plan } = command;
  if (state.status !== 'none') throw initiativeAlreadyPlanned(initiativeId);
  plan.municipalities.forEach(assertKnownIstatCode);
  plan.partnerIds.forEach((partnerId) => assertActivePartner(partnerId, facts.partners));
  const distinct = { municipalities: [...new Set(plan.municipalities)], partnerIds: [...new Set(plan.partnerIds)] };
  return [{ type: 'InitiativePlanned', data: { initiativeId, ...plan, ...distinct } }];
};

export const holdInitiative = (
  { initiativeId, participants, occurredAt }: Dated<HoldInitiative>,
  state: InitiativeState,
  now: Date,
): InitiativeEvent[] => {
  assertNotInFuture(occurredAt, now);
  assertStillPlanned(state, initiativeId);
  if (Date.parse(occurredAt) < Date.parse(state.plan!.scheduledAt)) throw initiativeNotYetDue(state.plan!.scheduledAt);
  return [{ type: 'InitiativeHeld', data: { initiativeId, participants: { ...participants } } }];
};

export const cancelInitiative = ({ initiativeId, reason }: CancelInitiative, state: InitiativeState): InitiativeEvent[] => {
  assertStillPlanned(state, initiativeId);
  return [{ type: 'InitiativeCancelled', data: { initiativeId, reason } }];
};
