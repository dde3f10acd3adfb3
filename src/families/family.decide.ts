import { DomainError, InvalidInputError, NotFoundError } from '../common/domain-error';
import { FamilyEvent, MemberRole, Municipality, PersonDetails } from './family.events';
import { FamilyState } from './family.state';
import { isValidFiscalCode } from './fiscal-code';
import { romeDate } from '../common/rome-date';

export interface RegisterFamily {
  familyId: string;
  municipality: Municipality;
  address: string;
}

export interface AddFamilyMember extends PersonDetails {
  memberId: string;
  role: MemberRole;
}

export interface CorrectFamilyMember {
  memberId: string;
  corrections: Partial<PersonDetails & { role: MemberRole }>;
  reason: string;
}

export interface RemoveFamilyMember {
  memberId: string;
  reason: string;
}

const assertFamily = (state: FamilyState): string => {
  if (!state.exists || !state.familyId) throw new NotFoundError('Family', 'requested');
  return state.familyId;
};

const assertPerson = (person: Partial<PersonDetails>, state: FamilyState, now: Date, memberId?: string): void => {
  if (person.birthDate && person.birthDate > romeDate(now)) {
    throw new InvalidInputError('BIRTH_DATE_IN_FUTURE', `Birth date ${person.birthDate} is in the future`);
  }
  if (person.fiscalCode === undefined) return;
  if (!isValidFiscalCode(person.fiscalCode)) throw new InvalidInputError('INVALID_FISCAL_CODE', 'The fiscal code is not valid (shape or check character)');
  const holder = state.members.find((m) => m.fiscalCode === person.fiscalCode && m.id !== memberId);
  if (holder) throw new DomainError('FISCAL_CODE_ALREADY_IN_FAMILY', 'Another member of this family has this fiscal code', 409, { memberId: holder.id });
};

const memberOf = (state: FamilyState, memberId: string) => {
  const member = state.members.find((m) => m.id === memberId);
  if (!member) throw new NotFoundError('Member', memberId);
  return member;
};

export const registerFamily = (command: RegisterFamily, state: FamilyState): FamilyEvent[] => {
  if (state.exists) throw new DomainError('FAMILY_ALREADY_REGISTERED', `Family ${command.familyId} is already registered`);
  return [{ type: 'FamilyRegistered', data: { ...command } }];
};

export const addFamilyMember = (command: AddFamilyMember, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  assertPerson(command, state, now);
  const { memberId, ...person } = command;
  return [{ type: 'FamilyMemberAdded', data: { familyId, memberId, ...person } }];
};

export const correctFamilyMember = (command: CorrectFamilyMember, state: FamilyState, now: Date): FamilyEvent[] => {
  const familyId = assertFamily(state);
  const member = memberOf(state, command.memberId);
  const changed = Object.fromEntries(
    Object.entries(command.corrections).filter(([field, value]) => value !== undefined && member[field as keyof typeof member] !== value),
  );
  if (Object.keys(changed).length === 0) throw new InvalidInputError('NOTHING_TO_CORRECT', 'The correction changes no detail of the member');
  assertPerson(changed, state, now, member.id);
  return [{ type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId: member.id, corrections: changed, reason: command.reason } }];
};

export const removeFamilyMember = (command: RemoveFamilyMember, state: FamilyState): FamilyEvent[] => {
  const familyId = assertFamily(state);
  memberOf(state, command.memberId);
  return [{ type: 'FamilyMemberRemoved', data: { familyId, memberId: command.memberId, reason: command.reason } }];
};
