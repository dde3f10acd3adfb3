import { deciderSpec } from '../common/testing/decider-spec';
import { familyDecider } from './family.decider';
import { FamilyEvent } from './family.events';
import { fiscalCodeOf } from '../reference/fiscal-code-of';
import { CodiceFiscale } from '../reference/codice-fiscale.lib';

const checkOf = (first15: string): string => CodiceFiscale.getCheckCode(first15);

const now = new Date('2026-11-25T10:00:00Z');
const familyId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const lucaId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const luca = { givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M' as const };
const lucaCode = fiscalCodeOf({ ...luca, birthPlace: 'F205' });
const registered: FamilyEvent = {
  type: 'FamilyRegistered',
  data: { familyId, municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' },
};
const lucaAdded: FamilyEvent = {
  type: 'FamilyMemberAdded',
  data: {
    familyId,
    memberId: lucaId,
    ...luca,
    role: 'minor',
    fiscalCode: lucaCode,
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
      .when({ type: 'AddFamilyMember', familyId, ...base, birthDate: '1985-01-01', fiscalCode: lucaCode })
      .thenThrows('FISCAL_CODE_ALREADY_IN_FAMILY');
  });

  it('keeps the official name of a current comune, named in any case or accent', () => {
    const register = { type: 'RegisterFamily' as const, familyId, address: 'Via Roma 1' };
    given()
      .when({ ...register, municipality: { istatCode: '040012', name: "FORLI'" } })
      .thenEvents([
        { type: 'FamilyRegistered', data: { familyId, municipality: { istatCode: '040012', name: 'Forlì' }, address: 'Via Roma 1' } },
      ]);
    given()
      .when({ ...register, municipality: { istatCode: '040012', name: 'Cesena' } })
      .thenThrows('MUNICIPALITY_NAME_MISMATCH', 400, (error) => expect(error.detail).toContain('Forlì'));
    given()
      .when({ ...register, municipality: { istatCode: '999999', name: 'Atlantide' } })
      .thenThrows('MUNICIPALITY_UNKNOWN', 400);
  });

  it("refuses a fiscal code that disagrees with the member, naming the part; omocodic codes are the person's too", () => {
    const base = { type: 'AddFamilyMember' as const, familyId, memberId: 'b1', role: 'parent' as const };
    const anna = { givenName: 'Anna', familyName: 'Bianchi', birthDate: '1985-01-01', sex: 'F' as const };
    const annaCode = fiscalCodeOf({ ...anna, birthPlace: 'D704' });
    given(registered)
      .when({ ...base, ...anna, sex: 'M', fiscalCode: annaCode })
      .thenThrows('FISCAL_CODE_INCONSISTENT', 400, (error) =>
        expect(error.extensions.details).toEqual({ part: 'sex', expected: 'M', found: 'F' }),
      );
    given(registered)
      .when({ ...base, ...anna, birthDate: '1985-01-02', fiscalCode: annaCode })
      .thenThrows('FISCAL_CODE_INCONSISTENT', 400, (error) => expect(error.extensions.details).toMatchObject({ part: 'birthDate' }));
    const omocodic = 'BNCNNA85A41D7Q4' + checkOf('BNCNNA85A41D7Q4');
    expect(annaCode.slice(0, 15)).toBe('BNCNNA85A41D704');
    given(registered)
      .when({ ...base, ...anna, fiscalCode: omocodic })
      .thenEvents([{ type: 'FamilyMemberAdded', data: { familyId, memberId: 'b1', role: 'parent', ...anna, fiscalCode: omocodic } }]);
    // A member whose code was accepted before the rule: correcting the role alone does not judge the code.
    const older: FamilyEvent = { ...lucaAdded, data: { ...lucaAdded.data, fiscalCode: 'RSSMRA85T10A562S' } };
    given(registered, older)
      .when({ type: 'CorrectFamilyMember', familyId, memberId: lucaId, corrections: { role: 'other-adult' }, reason: 'x' })
      .thenEvents([
        { type: 'FamilyMemberDetailsCorrected', data: { familyId, memberId: lucaId, corrections: { role: 'other-adult' }, reason: 'x' } },
      ]);
    given(registered, lucaAdded)
      .when({ type: 'CorrectFamilyMember', familyId, memberId: lucaId, corrections: { birthDate: '2015-03-12' }, reason: 'x' })
      .thenThrows('FISCAL_CODE_INCONSISTENT', 400);
  });

  it('corrects only what changes, and refuses an empty correction', () => {
    const corrected = fiscalCodeOf({ ...luca, birthDate: '2015-03-12', birthPlace: 'F205' });
    given(registered, lucaAdded)
      .when({
        type: 'CorrectFamilyMember',
        familyId,
        memberId: lucaId,
        corrections: { givenName: 'Luca', birthDate: '2015-03-12', fiscalCode: corrected },
        reason: 'typo',
      })
      .thenEvents([
        {
          type: 'FamilyMemberDetailsCorrected',
          data: { familyId, memberId: lucaId, corrections: { birthDate: '2015-03-12', fiscalCode: corrected }, reason: 'typo' },
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

  describe('relations', () => {
    const annaId = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    const relationId = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
    const annaAdded: FamilyEvent = {
      type: 'FamilyMemberAdded',
      data: {
        familyId,
        memberId: annaId,
        personId: annaId,
        givenName: 'Anna',
        familyName: 'Bianchi',
        birthDate: '1985-01-01',
        sex: 'F',
        role: 'parent',
      },
    };
    const record = {
      type: 'RecordRelation' as const,
      familyId,
      relationId,
      kind: 'parent-of' as const,
      fromId: annaId,
      toId: lucaId,
      since: '2015-03-02',
    };
    const recorded: FamilyEvent = {
      type: 'FamilyRelationRecorded',
      data: { familyId, relationId, kind: 'parent-of', fromId: annaId, toId: lucaId, since: '2015-03-02' },
    };

    it('records a relation between two current members', () => {
      given(registered, lucaAdded, annaAdded).when(record).thenEvents([recorded]);
    });

    it('refuses a person outside the household, and a relation to oneself', () => {
      given(registered, lucaAdded).when(record).thenThrows('RELATION_OUTSIDE_HOUSEHOLD');
      given(registered, lucaAdded, annaAdded, { type: 'FamilyMemberRemoved', data: { familyId, memberId: annaId, reason: 'moved' } })
        .when(record)
        .thenThrows('RELATION_OUTSIDE_HOUSEHOLD');
      given(registered, lucaAdded, annaAdded)
        .when({ ...record, toId: annaId })
        .thenThrows('RELATION_TO_SELF');
    });

    it('asks a guardian for the decree and a relative for the degree, and nothing else for the others', () => {
      const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '12/2026', decreeDate: '2026-02-01' };
      given(registered, lucaAdded, annaAdded)
        .when({ ...record, kind: 'guardian-of' })
        .thenThrows('RELATION_DETAILS_INVALID');
      given(registered, lucaAdded, annaAdded)
        .when({ ...record, kind: 'relative-of' })
        .thenThrows('RELATION_DETAILS_INVALID');
      given(registered, lucaAdded, annaAdded)
        .when({ ...record, degree: 2 })
        .thenThrows('RELATION_DETAILS_INVALID');
      given(registered, lucaAdded, annaAdded)
        .when({ ...record, kind: 'guardian-of', decree })
        .thenEvents([{ type: 'FamilyRelationRecorded', data: { ...recorded.data, kind: 'guardian-of', decree } } as FamilyEvent]);
    });

    it('refuses the same current relation twice, either way round when it holds both ways', () => {
      given(registered, lucaAdded, annaAdded, recorded)
        .when({ ...record, relationId: 'r2' })
        .thenThrows('RELATION_ALREADY_RECORDED');
      const siblings: FamilyEvent = {
        type: 'FamilyRelationRecorded',
        data: { familyId, relationId, kind: 'sibling-of', fromId: lucaId, toId: annaId },
      };
      given(registered, lucaAdded, annaAdded, siblings)
        .when({ type: 'RecordRelation', familyId, relationId: 'r2', kind: 'sibling-of', fromId: annaId, toId: lucaId })
        .thenThrows('RELATION_ALREADY_RECORDED');
      // parent-of reads one way: the child is not the parent's parent, but that is not this rule's to judge.
      given(registered, lucaAdded, annaAdded, recorded)
        .when({ ...record, relationId: 'r2', fromId: lucaId, toId: annaId })
        .thenEvents([{ type: 'FamilyRelationRecorded', data: { ...recorded.data, relationId: 'r2', fromId: lucaId, toId: annaId } }]);
    });

    it('ends a current relation once, never before it started, and then it may be recorded again', () => {
      const ended: FamilyEvent = { type: 'FamilyRelationEnded', data: { familyId, relationId, endedOn: '2026-01-10' } };
      given(registered, lucaAdded, annaAdded, recorded)
        .when({ type: 'EndRelation', familyId, relationId, endedOn: '2026-01-10' })
        .thenEvents([ended]);
      given(registered, lucaAdded, annaAdded, recorded, ended)
        .when({ type: 'EndRelation', familyId, relationId, endedOn: '2026-01-11' })
        .thenThrows('RELATION_ALREADY_ENDED');
      given(registered, lucaAdded, annaAdded, recorded)
        .when({ type: 'EndRelation', familyId, relationId, endedOn: '2014-01-01' })
        .thenThrows('RELATION_ENDS_BEFORE_START');
      given(registered).when({ type: 'EndRelation', familyId, relationId, endedOn: '2026-01-10' }).thenThrows('RELATION_NOT_FOUND');
      given(registered, lucaAdded, annaAdded, recorded, ended)
        .when({ ...record, relationId: 'r2' })
        .thenEvents([{ ...recorded, data: { ...recorded.data, relationId: 'r2' } } as FamilyEvent]);
    });

    it('adds a person of the registry once', () => {
      const { familyId: _f, ...anna } = annaAdded.data;
      given(registered)
        .when({ type: 'AddFamilyMember', familyId, ...anna })
        .thenEvents([annaAdded]);
      given(registered, annaAdded)
        .when({ type: 'AddFamilyMember', familyId, ...anna })
        .thenThrows('ALREADY_A_MEMBER');
    });
  });
});
