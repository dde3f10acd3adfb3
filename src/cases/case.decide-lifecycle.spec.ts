import { OpenCase } from './case.commands-types';
import { closeCase, openCase, reopenCase } from './case.decide-lifecycle';
import { recordContact } from './case.decide-assessment';
import { assignTeamMember } from './case.decide-team';
import {
  CASE_ID,
  FAMILY_ID,
  MINOR_BIRTH,
  MINOR_ID,
  MOTHER_ID,
  NOW,
  OTHER_CASE_ID,
  SISTER_ID,
  UNCLE_ID,
  caseClosed,
  caseOpened,
  family,
  id,
  judicialIntake,
  on,
  spontaneousIntake,
} from './testing/case.fixtures';
import { given } from './testing/given';

const open = (overrides: Partial<OpenCase> = {}): OpenCase => ({
  ...on(),
  familyId: FAMILY_ID,
  minorId: MINOR_ID,
  intake: spontaneousIntake,
  ...overrides,
});

describe('opening a case', () => {
  it('opens on a spontaneous request from a parent, recording the minor birth date', () =>
    given()
      .when((s) => openCase(open(), s, NOW, { family }))
      .thenEvents([caseOpened()]));

  it('accepts a spontaneous request from the minor', () => {
    const intake = { kind: 'spontaneous' as const, requesterId: MINOR_ID, reason: 'asks for help' };
    given()
      .when((s) => openCase(open({ intake }), s, NOW, { family }))
      .thenEvents([caseOpened(MINOR_BIRTH, intake)]);
  });

  it('opens on a referral from another service', () => {
    const intake = {
      kind: 'semi-spontaneous' as const,
      referrer: { kind: 'school' as const, organisation: 'IC Manzoni', contactPerson: 'prof. Bianchi' },
      reason: 'frequent absences',
    };
    given()
      .when((s) => openCase(open({ intake }), s, NOW, { family }))
      .thenEvents([caseOpened(MINOR_BIRTH, intake)]);
  });

  it('opens on a judicial mandate, keeping its deadlines', () =>
    given()
      .when((s) => openCase(open({ intake: judicialIntake }), s, NOW, { family }))
      .thenEvents([caseOpened(MINOR_BIRTH, judicialIntake)]));

  it('keeps only the fields of the intake kind', () => {
    const sloppy = { ...spontaneousIntake, referrer: 'stray' } as unknown as OpenCase['intake'];
    given()
      .when((s) => openCase(open({ intake: sloppy }), s, NOW, { family }))
      .thenEvents([caseOpened()]);
  });

  it('refuses a minor who is not in the family', () =>
    given()
      .when((s) => openCase(open({ minorId: id(99) }), s, NOW, { family }))
      .thenThrows('MINOR_NOT_IN_FAMILY', 409));

  it('refuses a member whose role is not minor', () =>
    given()
      .when((s) => openCase(open({ minorId: MOTHER_ID }), s, NOW, { family }))
      .thenThrows('MEMBER_NOT_A_MINOR', 409));

  it('refuses a requester outside the family', () =>
    given()
      .when((s) => openCase(open({ intake: { ...spontaneousIntake, requesterId: id(98) } }), s, NOW, { family }))
      .thenThrows('REQUESTER_NOT_IN_FAMILY', 409));

  it('refuses a requester who is neither a parent, a guardian nor the minor', () => {
    for (const requesterId of [UNCLE_ID, SISTER_ID]) {
      given()
        .when((s) => openCase(open({ intake: { ...spontaneousIntake, requesterId } }), s, NOW, { family }))
        .thenThrows('REQUESTER_NOT_ELIGIBLE', 409);
    }
  });

  it('refuses a second open case for the same minor, naming the open one', () =>
    given()
      .when((s) => openCase(open(), s, NOW, { family, openCaseIdForMinor: OTHER_CASE_ID }))
      .thenThrows('CASE_ALREADY_OPEN', 409, (error) => {
        expect(error.extensions).toEqual({ minorId: MINOR_ID, openCaseId: OTHER_CASE_ID });
        expect(error.detail).toContain(OTHER_CASE_ID);
      }));

  it('refuses to open the same case twice', () =>
    given(caseOpened())
      .when((s) => openCase(open(), s, NOW, { family }))
      .thenThrows('CASE_ALREADY_EXISTS', 409));

  it('refuses a family other than the one loaded', () =>
    given()
      .when((s) => openCase(open({ familyId: id(97) }), s, NOW, { family }))
      .thenThrows('FAMILY_NOT_FOUND', 404));

  it('refuses a decree dated after the intake', () =>
    given()
      .when((s) => openCase(open({ intake: { ...judicialIntake, decreeDate: '2026-11-11' } }), s, NOW, { family }))
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('accepts a late recording and refuses an occurredAt beyond the clock skew', () => {
    given()
      .when((s) => openCase(open(on('2026-10-01T09:00:00Z')), s, NOW, { family }))
      .thenEvents([caseOpened()]);
    given()
      .when((s) => openCase(open(on('2026-11-10T10:04:59Z')), s, NOW, { family }))
      .thenEvents([caseOpened()]);
    given()
      .when((s) => openCase(open(on('2026-11-10T10:05:01Z')), s, NOW, { family }))
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400);
    given()
      .when((s) => openCase(open(on('last tuesday')), s, NOW, { family }))
      .thenThrows('INVALID_OCCURRED_AT', 400);
  });
});

describe('closing and reopening', () => {
  it('closes an open case with its reason', () =>
    given(caseOpened())
      .when((s) => closeCase({ ...on(), reason: 'goals-met', note: 'school attendance regular' }, s, NOW))
      .thenEvents([{ type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'goals-met', note: 'school attendance regular' } }]));

  it('refuses to close a case twice, or one never opened', () => {
    given(caseOpened(), caseClosed).when((s) => closeCase({ ...on(), reason: 'other' }, s, NOW)).thenThrows('CASE_CLOSED', 409);
    given().when((s) => closeCase({ ...on(), reason: 'other' }, s, NOW)).thenThrows('CASE_NOT_FOUND', 404);
  });

  it('refuses every other command on a closed case', () => {
    const closed = given(caseOpened(), caseClosed);
    closed.when((s) => recordContact({ ...on(), contactId: id(1), kind: 'call', participants: [], entries: [] }, s, NOW)).thenThrows('CASE_CLOSED', 409);
    closed.when((s) => assignTeamMember({ ...on(), workerId: 'bob', name: 'Bob', role: 'educator' }, s, NOW)).thenThrows('CASE_CLOSED', 409);
  });

  it('reopens a closed case, after which commands are accepted again', () => {
    const reopened = { type: 'CaseReopened' as const, data: { caseId: CASE_ID, reason: 'new school report' } };
    given(caseOpened(), caseClosed)
      .when((s) => reopenCase({ ...on(), reason: 'new school report' }, s, NOW, {}))
      .thenEvents([reopened]);
    given(caseOpened(), caseClosed, reopened)
      .when((s) => assignTeamMember({ ...on(), workerId: 'bob', name: 'Bob Verdi', role: 'educator' }, s, NOW))
      .thenEvents([{ type: 'TeamMemberAssigned', data: { caseId: CASE_ID, workerId: 'bob', name: 'Bob Verdi', role: 'educator' } }]);
  });

  it('refuses to reopen an open case, or while the minor has another open case', () => {
    given(caseOpened()).when((s) => reopenCase({ ...on(), reason: 'x' }, s, NOW, {})).thenThrows('CASE_NOT_CLOSED', 409);
    given(caseOpened(), caseClosed)
      .when((s) => reopenCase({ ...on(), reason: 'x' }, s, NOW, { openCaseIdForMinor: OTHER_CASE_ID }))
      .thenThrows('CASE_ALREADY_OPEN', 409);
    given().when((s) => reopenCase({ ...on(), reason: 'x' }, s, NOW, {})).thenThrows('CASE_NOT_FOUND', 404);
  });
});
