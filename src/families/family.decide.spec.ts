import { DomainError } from '../common/domain-error';
import { FamilyEvent } from './family.events';
import { addFamilyMember, correctFamilyMember, registerFamily, removeFamilyMember } from './family.decide';
import { FamilyState, familyFold } from './family.state';

const now = new Date('2026-11-25T10:00:00Z');
const familyId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const lucaId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const registered: FamilyEvent = { type: 'FamilyRegistered', data: { familyId, municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' } };
const lucaAdded: FamilyEvent = {
  type: 'FamilyMemberAdded',
  data: { familyId, memberId: lucaId, givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', role: 'minor', fiscalCode: 'RSSMRA85T10A562S' },
};

const given = (...events: FamilyEvent[]) => {
  const state: FamilyState = events.reduce(familyFold.evolve, familyFold.initial);
  return {
    when: (decide: (state: FamilyState) => FamilyEvent[]) => ({
      then: (expected: FamilyEvent[]) => expect(decide(state)).toEqual(expected),
      thenThrows: (code: string) => {
        let thrown: unknown;
        try {
          decide(state);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(DomainError);
        expect((thrown as DomainError).code).toBe(code);
      },
    }),
  };
};

describe('families', () => {
  it('registers a family once', () => {
    given().when((s) => registerFamily(registered.data, s)).then([registered]);
    given(registered).when((s) => registerFamily(registered.data, s)).thenThrows('FAMILY_ALREADY_REGISTERED');
  });

  it('adds a member to a registered family only', () => {
    const { familyId: _f, ...member } = lucaAdded.data;
    given(registered).when((s) => addFamilyMember(member, s, now)).then([lucaAdded]);
    given().when((s) => addFamilyMember(member, s, now)).thenThrows('FAMILY_NOT_FOUND');
  });

  it('refuses a birth date in the future and an invalid or duplicate fiscal code', () => {
    const base = { memberId: 'b1', givenName: 'Anna', familyName: 'Bianchi', sex: 'F' as const, role: 'parent' as const };
    given(registered).when((s) => addFamilyMember({ ...base, birthDate: '2027-01-01' }, s, now)).thenThrows('BIRTH_DATE_IN_FUTURE');
    given(registered).when((s) => addFamilyMember({ ...base, birthDate: '1985-01-01', fiscalCode: 'RSSMRA85T10A562T' }, s, now)).thenThrows('INVALID_FISCAL_CODE');
    given(registered, lucaAdded)
      .when((s) => addFamilyMember({ ...base, birthDate: '1985-01-01', fiscalCode: 'RSSMRA85T10A562S' }, s, now))
      .thenThrows('FISCAL_CODE_ALREADY_IN_FAMILY');
  });

  it('corrects only what changes, and refuses an empty correction', () => {
    given(registered, lucaAdded)
      .when((s) => correctFamilyMember({ memberId: lucaId, corrections: { givenName: 'Luca', birthDate: '2015-03-12' }, reason: 'typo' }, s, now))
      .then([{ type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId: lucaId, corrections: { birthDate: '2015-03-12' }, reason: 'typo' } }]);
    given(registered, lucaAdded)
      .when((s) => correctFamilyMember({ memberId: lucaId, corrections: { givenName: 'Luca' }, reason: 'none' }, s, now))
      .thenThrows('NOTHING_TO_CORRECT');
  });

  it('removes a member who is there, and no one else', () => {
    given(registered, lucaAdded)
      .when((s) => removeFamilyMember({ memberId: lucaId, reason: 'moved out' }, s))
      .then([{ type: 'FamilyMemberRemoved', data: { familyId, memberId: lucaId, reason: 'moved out' } }]);
    given(registered).when((s) => removeFamilyMember({ memberId: lucaId, reason: 'x' }, s)).thenThrows('MEMBER_NOT_FOUND');
  });
});
