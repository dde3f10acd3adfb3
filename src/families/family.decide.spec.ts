import { deciderSpec } from '../common/testing/decider-spec';
import { familyDecider } from './family.decider';
import { FamilyEvent } from './family.events';

const now = new Date('2026-11-25T10:00:00Z');
const familyId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const lucaId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const registered: FamilyEvent = {
  type: 'FamilyRegistered',
  data: { familyId, municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' },
};
const lucaAdded: FamilyEvent = {
  type: 'FamilyMemberAdded',
  data: {
    familyId,
    memberId: lucaId,
    givenName: 'Luca',
    familyName: 'Bianchi',
    birthDate: '2015-03-02',
    sex: 'M',
    role: 'minor',
    fiscalCode: 'RSSMRA85T10A562S',
  },
};

const { given } = deciderSpec(familyDecider, { now });

describe('families', () => {
  it('registers a family once', () => {
    given()
      .when({ type: 'RegisterFamily', ...registered.data })
      .thenEvents([registered]);
    given(registered)
      .when({ type: 'RegisterFamily', ...registered.data })
      .thenThrows('FAMILY_ALREADY_REGISTERED');
  });

  it('adds a member to a registered family only', () => {
    const { familyId: _f, ...member } = lucaAdded.data;
    given(registered)
      .when({ type: 'AddFamilyMember', familyId, ...member })
      .thenEvents([lucaAdded]);
    given()
      .when({ type: 'AddFamilyMember', familyId, ...member })
      .thenThrows('FAMILY_NOT_FOUND');
  });

  it('refuses a birth date in the future and an invalid or duplicate fiscal code', () => {
    const base = { memberId: 'b1', givenName: 'Anna', familyName: 'Bianchi', sex: 'F' as const, role: 'parent' as const };
    given(registered)
      .when({ type: 'AddFamilyMember', familyId, ...base, birthDate: '2027-01-01' })
      .thenThrows('BIRTH_DATE_IN_FUTURE');
    given(registered)
      .when({ type: 'AddFamilyMember', familyId, ...base, birthDate: '1985-01-01', fiscalCode: 'RSSMRA85T10A562T' })
      .thenThrows('INVALID_FISCAL_CODE');
    given(registered, lucaAdded)
      .when({ type: 'AddFamilyMember', familyId, ...base, birthDate: '1985-01-01', fiscalCode: 'RSSMRA85T10A562S' })
      .thenThrows('FISCAL_CODE_ALREADY_IN_FAMILY');
  });

  it('corrects only what changes, and refuses an empty correction', () => {
    given(registered, lucaAdded)
      .when({
        type: 'CorrectFamilyMember',
        familyId,
        memberId: lucaId,
        corrections: { givenName: 'Luca', birthDate: '2015-03-12' },
        reason: 'typo',
      })
      .thenEvents([
        {
          type: 'FamilyMemberDetailsCorrected',
          data: { familyId, memberId: lucaId, corrections: { birthDate: '2015-03-12' }, reason: 'typo' },
        },
      ]);
    given(registered, lucaAdded)
      .when({ type: 'CorrectFamilyMember', familyId, memberId: lucaId, corrections: { givenName: 'Luca' }, reason: 'none' })
      .thenThrows('NOTHING_TO_CORRECT');
  });

  it('removes a member who is there, and no one else', () => {
    given(registered, lucaAdded)
      .when({ type: 'RemoveFamilyMember', familyId, memberId: lucaId, reason: 'moved out' })
      .thenEvents([{ type: 'FamilyMemberRemoved', data: { familyId, memberId: lucaId, reason: 'moved out' } }]);
    given(registered).when({ type: 'RemoveFamilyMember', familyId, memberId: lucaId, reason: 'x' }).thenThrows('MEMBER_NOT_FOUND');
  });
});
