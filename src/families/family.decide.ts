import { Dated } from '../common/decider';
import { romeDate } from '../common/rome-date';
import {
  birthDateInFuture,
  familyAlreadyRegistered,
  familyNotFound,
  fiscalCodeAlreadyInFamily,
  invalidFiscalCode,
  memberNotFound,
  nothingToCorrect,
} from './family.errors';
import { FamilyEvent, MemberRole, Municipality, PersonDetails } from './family.events';
import { FamilyState } from './family.state';
import { isValidFiscalCode } from './fiscal-code';

/** Every command names its household; occurredAt absent means now. */
interface FamilyCommandFields {
  familyId: string;
  occurredAt?: string;
}

export type RegisterFamily = { type: 'RegisterFamily'; municipality: Municipality; address: string } & FamilyCommandFields;
export type AddFamilyMember = { type: 'AddFamilyMember'; memberId: string; role: MemberRole } & PersonDetails & FamilyCommandFields;
export type CorrectFamilyMember = {
  type: 'CorrectFamilyMember';
  memberId: string;
  corrections: Partial<PersonDetails & { role: MemberRole }>;
  reason: string;
} & FamilyCommandFields;
export type RemoveFamilyMember = { type: 'RemoveFamilyMember'; memberId: string; reason: string } & FamilyCommandFields;

export type FamilyCommand = RegisterFamily | AddFamilyMember | CorrectFamilyMember | RemoveFamilyMember;

// The answer has always said "Family requested does not exist"; clients may show it.
const assertFamily = (state: FamilyState): string => {
  if (!state.exists || !state.familyId) throw familyNotFound('requested');
  return state.familyId;
};

const assertPerson = (person: Partial<PersonDetails>, state: FamilyState, now: Date, memberId?: string): void => {
  if (person.birthDate && person.birthDate > romeDate(now)) throw birthDateInFuture(person.birthDate);
  if (person.fiscalCode === undefined) return;
  if (!isValidFiscalCode(person.fiscalCode)) throw invalidFiscalCode();
  const holder = state.members.find((m) => m.fiscalCode === person.fiscalCode && m.id !== memberId);
  if (holder) throw fiscalCodeAlreadyInFamily(holder.id);
};

const memberOf = (state: FamilyState, memberId: string) => {
  const member = state.members.find((m) => m.id === memberId);
  if (!member) throw memberNotFound(memberId);
  return member;
};

export const registerFamily = ({ familyId, municipality, address }: RegisterFamily, state: FamilyState): FamilyEvent[] => {
  if (state.exists) throw familyAlreadyRegistered(familyId);
  return [{ type: 'FamilyRegistered', data: { familyId, municipality: { ...municipality }, address } }];
};

export const addFamilyMember = (command: Dated<AddFamilyMember>, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  assertPerson(command, state, now);
  const { type: _type, familyId: _familyId, occurredAt: _occurredAt, memberId, ...person } = command;
  return [{ type: 'FamilyMemberAdded', data: { familyId, memberId, ...person } }];
};

export const correctFamilyMember = (command: CorrectFamilyMember, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  const member = memberOf(state, command.memberId);
  const changed = Object.fromEntries(
    Object.entries(command.corrections).filter(([field, value]) => value !== undefined && member[field as keyof typeof member] !== value),
  );
  if (Object.keys(changed).length === 0) throw nothingToCorrect();
  assertPerson(changed, state, now, member.id);
  return [{ type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId: member.id, corrections: changed, reason: command.reason } }];
};

export const removeFamilyMember = (command: RemoveFamilyMember, state: FamilyState): FamilyEvent[] => {
  const familyId = assertFamily(state);
  memberOf(state, command.memberId);
  return [{ type: 'FamilyMemberRemoved', data: { familyId, memberId: command.memberId, reason: command.reason } }];
};
