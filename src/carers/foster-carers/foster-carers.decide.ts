import { dateAfterOccurredAt, familyNotFound } from '../../cases/case.errors';
import { isUnder18On } from '../../cases/case.age';
import { Dated, DecideContext } from '../../common/decider';
import { romeDate } from '../../common/rome-date';
import { MemberRole } from '../../families/family.events';
import {
  availabilityUnchanged,
  carerIsAMinor,
  carerNotInFamily,
  fosterCarerAlreadyRegistered,
  fosterCarerNotFound,
  fosterCarerWithdrawn,
} from './foster-carer.errors';
import { FosterAvailability, FosterCarerEvent } from './foster-carer.events';
import { FosterCarerState } from './foster-carers.evolve';

interface FosterCarerCommandFields {
  fosterCarerId: string;
  occurredAt?: string;
}

export type RegisterFosterCarer = {
  type: 'RegisterFosterCarer';
  familyId: string;
  carerIds: string[];
  availability: FosterAvailability;
  assessedOn: string;
} & FosterCarerCommandFields;
export type ChangeFosterAvailability = { type: 'ChangeFosterAvailability'; availability: FosterAvailability } & FosterCarerCommandFields;
export type WithdrawFosterCarer = { type: 'WithdrawFosterCarer'; withdrawnOn: string; reason: string } & FosterCarerCommandFields;
export type FosterCarerCommand = RegisterFosterCarer | ChangeFosterAvailability | WithdrawFosterCarer;

/** The household named by a registration, read from its family stream before deciding (absent: it does not exist). */
export interface FosterCarerFacts {
  family?: { familyId: string; members: Array<{ id: string; role: MemberRole; birthDate: string; name: string }> };
}

const activeCarer = (state: FosterCarerState, fosterCarerId: string): FosterCarerState => {
  if (!state.exists) throw fosterCarerNotFound(fosterCarerId);
  if (!state.active) throw fosterCarerWithdrawn(fosterCarerId);
  return state;
};

const plainAvailability = ({ accepts, places }: FosterAvailability): FosterAvailability => ({ accepts: [...accepts], places });

/** The carers are adults of the household named: each a member of it, none a minor on the assessment's date. */
export const registerFosterCarer = (
  cmd: Dated<RegisterFosterCarer>,
  state: FosterCarerState,
  { facts }: DecideContext<FosterCarerFacts>,
): FosterCarerEvent[] => {
  if (state.exists) throw fosterCarerAlreadyRegistered(cmd.fosterCarerId);
  const family = facts?.family;
  if (!family || family.familyId !== cmd.familyId) throw familyNotFound(cmd.familyId);
  if (cmd.assessedOn > romeDate(cmd.occurredAt)) throw dateAfterOccurredAt('assessedOn', cmd.assessedOn, cmd.occurredAt);
  const carers = cmd.carerIds.map((memberId) => {
    const member = family.members.find((m) => m.id === memberId);
    if (!member) throw carerNotInFamily(memberId, cmd.familyId);
    if (member.role === 'minor' || isUnder18On(member.birthDate, cmd.assessedOn)) throw carerIsAMinor(memberId);
    return { memberId, name: member.name };
  });
  const { fosterCarerId, familyId, assessedOn } = cmd;
  return [
    {
      type: 'FosterCarerRegistered',
      data: { fosterCarerId, familyId, carers, availability: plainAvailability(cmd.availability), assessedOn },
    },
  ];
};

const sameAvailability = (a: FosterAvailability | undefined, b: FosterAvailability) =>
  a !== undefined && a.places === b.places && [...a.accepts].sort().join() === [...b.accepts].sort().join();

export const changeFosterAvailability = (cmd: Dated<ChangeFosterAvailability>, state: FosterCarerState): FosterCarerEvent[] => {
  if (sameAvailability(activeCarer(state, cmd.fosterCarerId).availability, cmd.availability)) throw availabilityUnchanged();
  return [
    {
      type: 'FosterCarerAvailabilityChanged',
      data: { fosterCarerId: cmd.fosterCarerId, availability: plainAvailability(cmd.availability) },
    },
  ];
};

export const withdrawFosterCarer = (
  { fosterCarerId, withdrawnOn, reason, occurredAt }: Dated<WithdrawFosterCarer>,
  state: FosterCarerState,
): FosterCarerEvent[] => {
  activeCarer(state, fosterCarerId);
  if (withdrawnOn > romeDate(occurredAt)) throw dateAfterOccurredAt('withdrawnOn', withdrawnOn, occurredAt);
  return [{ type: 'FosterCarerWithdrawn', data: { fosterCarerId, withdrawnOn, reason } }];
};
