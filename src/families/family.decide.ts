import { withOfficialBirthPlace } from '../reference/birth-place.rule';
import { Dated } from '../common/decider';
import { romeDate } from '../common/rome-date';
import {
  alreadyMember,
  birthDateInFuture,
  familyAlreadyRegistered,
  familyNotFound,
  fiscalCodeAlreadyInFamily,
  invalidFiscalCode,
  memberNotFound,
  nothingToCorrect,
  relationAlreadyEnded,
  relationAlreadyRecorded,
  relationDetailsMismatch,
  relationEndsBeforeStart,
  relationNotFound,
  relationOutsideHousehold,
  relationToSelf,
} from './family.errors';
import { FamilyEvent, FamilyRelation, MemberRole, Municipality, PersonDetails, SYMMETRIC_RELATIONS } from './family.events';
import { FamilyState } from './family.state';
import { isValidFiscalCode } from './fiscal-code';
import { officialMunicipality } from '../reference/municipality.rule';
import { assertFiscalCodeConsistent } from '../reference/fiscal-code-consistency';

/** Every command names its household; occurredAt absent means now. */
interface FamilyCommandFields {
  familyId: string;
  occurredAt?: string;
}

export type RegisterFamily = { type: 'RegisterFamily'; municipality: Municipality; address: string } & FamilyCommandFields;
/** personId: a person of the registry joins (memberId is then the same id), details as the registry holds them. */
export type AddFamilyMember = { type: 'AddFamilyMember'; memberId: string; role: MemberRole; personId?: string } & PersonDetails &
  FamilyCommandFields;
export type CorrectFamilyMember = {
  type: 'CorrectFamilyMember';
  memberId: string;
  corrections: Partial<PersonDetails & { role: MemberRole }>;
  reason: string;
} & FamilyCommandFields;
export type RemoveFamilyMember = { type: 'RemoveFamilyMember'; memberId: string; reason: string } & FamilyCommandFields;

export type RecordRelation = { type: 'RecordRelation' } & FamilyRelation & FamilyCommandFields;
export type EndRelation = { type: 'EndRelation'; relationId: string; endedOn: string; reason?: string } & FamilyCommandFields;

export type FamilyCommand = RegisterFamily | AddFamilyMember | CorrectFamilyMember | RemoveFamilyMember | RecordRelation | EndRelation;

// The answer has always said "Family requested does not exist"; clients may show it.
const assertFamily = (state: FamilyState): string => {
  if (!state.exists || !state.familyId) throw familyNotFound('requested');
  return state.familyId;
};

/** The fields a codice fiscale encodes: correcting one of them (or the code) checks the code against the person again. */
const ENCODED: ReadonlyArray<keyof PersonDetails> = ['givenName', 'familyName', 'birthDate', 'sex', 'fiscalCode', 'birthPlace'];

/** changed: the new or corrected fields; person: the member as they will be. */
const assertPerson = (changed: Partial<PersonDetails>, person: PersonDetails, state: FamilyState, now: Date, memberId?: string): void => {
  if (changed.birthDate && changed.birthDate > romeDate(now)) throw birthDateInFuture(changed.birthDate);
  if (changed.fiscalCode !== undefined) {
    if (!isValidFiscalCode(changed.fiscalCode)) throw invalidFiscalCode();
    const holder = state.members.find((m) => m.fiscalCode === changed.fiscalCode && m.id !== memberId);
    if (holder) throw fiscalCodeAlreadyInFamily(holder.id);
  }
  if (person.fiscalCode && ENCODED.some((field) => field in changed)) assertFiscalCodeConsistent(person.fiscalCode, person);
};

const memberOf = (state: FamilyState, memberId: string) => {
  const member = state.members.find((m) => m.id === memberId);
  if (!member) throw memberNotFound(memberId);
  return member;
};

export const registerFamily = ({ familyId, municipality, address }: RegisterFamily, state: FamilyState): FamilyEvent[] => {
  if (state.exists) throw familyAlreadyRegistered(familyId);
  return [{ type: 'FamilyRegistered', data: { familyId, municipality: officialMunicipality(municipality), address } }];
};

export const addFamilyMember = (command: Dated<AddFamilyMember>, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  if (state.members.some((member) => member.id === command.memberId)) throw alreadyMember(command.memberId);
  const added = withOfficialBirthPlace(command);
  assertPerson(added, added, state, now);
  const { type: _type, familyId: _familyId, occurredAt: _occurredAt, memberId, ...person } = added;
  return [{ type: 'FamilyMemberAdded', data: { familyId, memberId, ...person } }];
};

export const correctFamilyMember = (command: CorrectFamilyMember, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  const member = memberOf(state, command.memberId);
  const changed = Object.fromEntries(
    Object.entries(withOfficialBirthPlace(command.corrections)).filter(
      ([field, value]) => value !== undefined && JSON.stringify(member[field as keyof typeof member]) !== JSON.stringify(value),
    ),
  );
  if (Object.keys(changed).length === 0) throw nothingToCorrect();
  assertPerson(changed, { ...member, ...changed }, state, now, member.id);
  return [{ type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId: member.id, corrections: changed, reason: command.reason } }];
};

export const removeFamilyMember = (command: RemoveFamilyMember, state: FamilyState): FamilyEvent[] => {
  const familyId = assertFamily(state);
  memberOf(state, command.memberId);
  return [{ type: 'FamilyMemberRemoved', data: { familyId, memberId: command.memberId, reason: command.reason } }];
};

const assertRelationDetails = (relation: FamilyRelation): void => {
  if (relation.kind === 'guardian-of' && !relation.decree)
    throw relationDetailsMismatch('guardian-of needs the decree that appoints the guardian');
  if (relation.kind !== 'guardian-of' && relation.decree) throw relationDetailsMismatch('Only guardian-of carries a decree');
  if (relation.kind === 'relative-of' && relation.degree === undefined)
    throw relationDetailsMismatch('relative-of needs its degree (1 to 6)');
  if (relation.kind !== 'relative-of' && relation.degree !== undefined) throw relationDetailsMismatch('Only relative-of carries a degree');
};

/** The same kind between the same two people, either way round when the relation holds both ways. */
const samePair = (a: FamilyRelation, b: FamilyRelation): boolean =>
  a.kind === b.kind &&
  ((a.fromId === b.fromId && a.toId === b.toId) || (SYMMETRIC_RELATIONS.has(a.kind) && a.fromId === b.toId && a.toId === b.fromId));

export const recordRelation = (command: RecordRelation, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  const { type: _type, familyId: _familyId, occurredAt: _occurredAt, ...relation } = command;
  if (relation.fromId === relation.toId) throw relationToSelf();
  for (const personId of [relation.fromId, relation.toId]) {
    if (!state.members.some((member) => member.id === personId)) throw relationOutsideHousehold(personId);
  }
  assertRelationDetails(relation);
  if (relation.since && relation.since > romeDate(now)) throw relationDetailsMismatch('since is in the future');
  const current = state.relations.find((existing) => !existing.endedOn && samePair(existing, relation));
  if (current) throw relationAlreadyRecorded(current.relationId);
  return [{ type: 'FamilyRelationRecorded', data: { familyId, ...relation } }];
};

export const endRelation = (command: EndRelation, state: FamilyState): FamilyEvent[] => {
  const familyId = assertFamily(state);
  const relation = state.relations.find((existing) => existing.relationId === command.relationId);
  if (!relation) throw relationNotFound(command.relationId);
  if (relation.endedOn) throw relationAlreadyEnded(command.relationId);
  if (relation.since && command.endedOn < relation.since) throw relationEndsBeforeStart();
  const { relationId, endedOn, reason } = command;
  return [{ type: 'FamilyRelationEnded', data: { familyId, relationId, endedOn, ...(reason ? { reason } : {}) } }];
};
