import { withOfficialBirthPlace } from '../reference/birth-place.rule';
import { romeDate } from '../common/rome-date';
import { birthDateInFuture, invalidFiscalCode } from '../families/family.errors';
import { isValidFiscalCode } from '../families/fiscal-code';
import { assertFiscalCodeConsistent } from '../reference/fiscal-code-consistency';
import {
  DuplicateCandidate,
  fiscalCodeAlreadyRegistered,
  mergeIntoItself,
  mergeTargetUnknown,
  nothingToCorrect,
  personAlreadyRegistered,
  personMerged,
  personNotFound,
  possibleDuplicate,
} from './person.errors';
import { PersonEvent, PersonIdentity } from './person.events';
import { PersonState } from './person.evolve';

interface PersonCommandFields {
  personId: string;
  occurredAt?: string;
}

/**
 * The registry's likely duplicates are a fact from the people read model, looked up by the handler before deciding:
 * the same fiscal code always refuses; close names with the same birth date refuse unless the client confirms.
 */
export type RegisterPerson = {
  type: 'RegisterPerson';
  identity: PersonIdentity;
  duplicates: DuplicateCandidate[];
  confirmNewPerson: boolean;
} & PersonCommandFields;
export type CorrectPerson = {
  type: 'CorrectPerson';
  corrections: Partial<PersonIdentity>;
  reason: string;
  /** Other people holding the corrected fiscal code, if it changes. */
  fiscalCodeHolders: DuplicateCandidate[];
} & PersonCommandFields;
export type MergePerson = {
  type: 'MergePerson';
  into: string;
  reason: string;
  target: { exists: boolean; mergedInto?: string };
} & PersonCommandFields;

export type PersonCommand = RegisterPerson | CorrectPerson | MergePerson;

/** The fields a codice fiscale encodes: correcting one of them (or the code) checks the code against the person again. */
const ENCODED: ReadonlyArray<keyof PersonIdentity> = ['givenName', 'familyName', 'birthDate', 'sex', 'fiscalCode', 'birthPlace'];

const assertIdentity = (identity: Partial<PersonIdentity>, now: Date): void => {
  if (identity.birthDate && identity.birthDate > romeDate(now)) throw birthDateInFuture(identity.birthDate);
  if (identity.fiscalCode !== undefined && !isValidFiscalCode(identity.fiscalCode)) throw invalidFiscalCode();
};

/**
 * changed: the new or corrected fields; person: who they will be. Judged after the same-code check, so that a code
 * someone else holds answers with that person to link rather than with what disagrees.
 */
const assertCodeOfPerson = (changed: Partial<PersonIdentity>, person: PersonIdentity): void => {
  if (person.fiscalCode && ENCODED.some((field) => field in changed)) assertFiscalCodeConsistent(person.fiscalCode, person);
};

const assertCurrent = (state: PersonState, personId: string): PersonIdentity => {
  if (!state.exists || !state.identity) throw personNotFound(personId);
  if (state.mergedInto) throw personMerged(personId, state.mergedInto);
  return state.identity;
};

export const registerPerson = (command: RegisterPerson, state: PersonState, now: Date): PersonEvent[] => {
  if (state.exists) throw personAlreadyRegistered(command.personId);
  const identity = withOfficialBirthPlace(command.identity);
  assertIdentity(identity, now);
  const sameCode = command.duplicates.filter((candidate) => candidate.match === 'fiscal-code');
  if (sameCode.length > 0) throw fiscalCodeAlreadyRegistered(sameCode);
  assertCodeOfPerson(identity, identity);
  if (command.duplicates.length > 0 && !command.confirmNewPerson) throw possibleDuplicate(command.duplicates);
  return [{ type: 'PersonRegistered', data: { personId: command.personId, ...identity } }];
};

export const correctPerson = (command: CorrectPerson, state: PersonState, now: Date): PersonEvent[] => {
  const identity = assertCurrent(state, command.personId);
  const corrections = withOfficialBirthPlace(command.corrections);
  const changed = Object.fromEntries(
    Object.entries(corrections).filter(
      ([field, value]) => value !== undefined && JSON.stringify(identity[field as keyof PersonIdentity]) !== JSON.stringify(value),
    ),
  ) as Partial<PersonIdentity>;
  if (Object.keys(changed).length === 0) throw nothingToCorrect();
  assertIdentity(changed, now);
  const holders = command.fiscalCodeHolders.filter((candidate) => candidate.personId !== command.personId);
  if (changed.fiscalCode !== undefined && holders.length > 0) throw fiscalCodeAlreadyRegistered(holders);
  assertCodeOfPerson(changed, { ...identity, ...changed });
  return [{ type: 'PersonDetailsCorrected', data: { personId: command.personId, corrections: changed, reason: command.reason } }];
};

export const mergePerson = (command: MergePerson, state: PersonState): PersonEvent[] => {
  assertCurrent(state, command.personId);
  if (command.into === command.personId) throw mergeIntoItself();
  if (!command.target.exists || command.target.mergedInto) throw mergeTargetUnknown(command.into);
  return [{ type: 'PersonMerged', data: { personId: command.personId, into: command.into, reason: command.reason } }];
};
