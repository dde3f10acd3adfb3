import { CodiceFiscale } from '../reference/codice-fiscale.lib';
import { deciderSpec } from '../common/testing/decider-spec';
import { DuplicateCandidate } from './person.errors';
import { personDecider } from './person.decider';
import { PersonEvent } from './person.events';

const now = new Date('2026-11-25T10:00:00Z');
const annaId = '9b2f4c1e-6a3d-4e8f-9c71-2d5b8a0e4f13';
const otherId = '3d1c7e9a-2b4f-4a6c-8e0d-5f9b1a7c3e24';
const anna = { givenName: 'Anna', familyName: 'Ferri', birthDate: '1988-04-12', sex: 'F' as const, fiscalCode: 'FRRNNA88D52H501F' };
const registered: PersonEvent = { type: 'PersonRegistered', data: { personId: annaId, ...anna } };
const candidate = (match: DuplicateCandidate['match']): DuplicateCandidate => ({
  personId: otherId,
  givenName: 'Ana',
  familyName: 'Feri',
  birthDate: '1988-04-12',
  fiscalCode: null,
  match,
  households: [],
});

const { given } = deciderSpec(personDecider, { now });
const register = { type: 'RegisterPerson' as const, personId: annaId, identity: anna, duplicates: [], confirmNewPerson: false };

describe('the person registry', () => {
  it('registers a person once', () => {
    given().when(register).thenEvents([registered]);
    given(registered).when(register).thenThrows('PERSON_ALREADY_REGISTERED');
  });

  it('refuses a birth date in the future and a fiscal code failing its check character', () => {
    given()
      .when({ ...register, identity: { ...anna, birthDate: '2027-01-01' } })
      .thenThrows('BIRTH_DATE_IN_FUTURE');
    given()
      .when({ ...register, identity: { ...anna, fiscalCode: 'FRRNNA88D52H501G' } })
      .thenThrows('INVALID_FISCAL_CODE');
  });

  it('refuses a fiscal code already registered, even when the client confirms a new person', () => {
    given()
      .when({ ...register, duplicates: [candidate('fiscal-code')], confirmNewPerson: true })
      .thenThrows('FISCAL_CODE_ALREADY_REGISTERED');
  });

  it('refuses close names with the same birth date unless the client confirms a new person', () => {
    given()
      .when({ ...register, duplicates: [candidate('name-and-birth-date')] })
      .thenThrows('PERSON_POSSIBLE_DUPLICATE');
    given()
      .when({ ...register, duplicates: [candidate('name-and-birth-date')], confirmNewPerson: true })
      .thenEvents([registered]);
  });

  it('corrects only what changes, and never onto a fiscal code another person holds', () => {
    const correct = { type: 'CorrectPerson' as const, personId: annaId, reason: 'Typo', fiscalCodeHolders: [] };
    given(registered)
      .when({ ...correct, corrections: { givenName: 'Anna', familyName: 'Ferri Rossi' } })
      .thenEvents([
        { type: 'PersonDetailsCorrected', data: { personId: annaId, corrections: { familyName: 'Ferri Rossi' }, reason: 'Typo' } },
      ]);
    given(registered)
      .when({ ...correct, corrections: { givenName: 'Anna' } })
      .thenThrows('NOTHING_TO_CORRECT');
    given(registered)
      .when({
        ...correct,
        corrections: { fiscalCode: CodiceFiscale.getOmocodie(anna.fiscalCode)[0] },
        fiscalCodeHolders: [candidate('fiscal-code')],
      })
      .thenThrows('FISCAL_CODE_ALREADY_REGISTERED');
    given(registered)
      .when({ ...correct, corrections: { fiscalCode: 'BNCLCU15C02F205O' } })
      .thenThrows('FISCAL_CODE_INCONSISTENT', 400, (error) =>
        expect(error.extensions.details).toMatchObject({ part: 'surname', found: 'BNC' }),
      );
    given(registered)
      .when({ ...correct, corrections: { birthDate: '1988-04-13' } })
      .thenThrows('FISCAL_CODE_INCONSISTENT', 400, (error) => expect(error.extensions.details).toMatchObject({ part: 'birthDate' }));
    given()
      .when({ ...correct, corrections: { givenName: 'Ada' } })
      .thenThrows('PERSON_NOT_FOUND');
  });

  it('merges a duplicate into a current person, keeping its history, and then refuses to change it', () => {
    const merge = { type: 'MergePerson' as const, personId: annaId, into: otherId, reason: 'Registered twice', target: { exists: true } };
    const merged: PersonEvent = { type: 'PersonMerged', data: { personId: annaId, into: otherId, reason: 'Registered twice' } };
    given(registered).when(merge).thenEvents([merged]);
    given(registered)
      .when({ ...merge, into: annaId })
      .thenThrows('MERGE_INTO_ITSELF');
    given(registered)
      .when({ ...merge, target: { exists: false } })
      .thenThrows('MERGE_TARGET_NOT_FOUND');
    given(registered)
      .when({ ...merge, target: { exists: true, mergedInto: annaId } })
      .thenThrows('MERGE_TARGET_NOT_FOUND');
    given(registered, merged).when(merge).thenThrows('PERSON_MERGED');
    given(registered, merged)
      .when({ type: 'CorrectPerson', personId: annaId, corrections: { givenName: 'Ada' }, reason: 'x', fiscalCodeHolders: [] })
      .thenThrows('PERSON_MERGED');
  });
});
