import { CaseEvent } from '../case.events';
import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { OpenCase } from './lifecycle.decide';
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
} from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const open = (overrides: Partial<OpenCase> = {}): OpenCase => ({
  type: 'OpenCase',
  ...on(),
  familyId: FAMILY_ID,
  minorId: MINOR_ID,
  intake: spontaneousIntake,
  ...overrides,
});

describe('opening a case', () => {
  it('opens on a spontaneous request from a parent, recording the minor birth date', () =>
    given().when(open(), { family }).thenEvents([caseOpened()]));

  it('accepts a spontaneous request from the minor', () => {
    const intake = { kind: 'spontaneous' as const, requesterId: MINOR_ID, reason: 'asks for help' };
    given()
      .when(open({ intake }), { family })
      .thenEvents([caseOpened(MINOR_BIRTH, intake)]);
  });

  it('opens on a referral from another service', () => {
    const intake = {
      kind: 'semi-spontaneous' as const,
      referrer: { kind: 'school' as const, organisation: 'IC Manzoni', contactPerson: 'prof. Bianchi' },
      reason: 'frequent absences',
    };
    given()
      .when(open({ intake }), { family })
      .thenEvents([caseOpened(MINOR_BIRTH, intake)]);
  });

  it('opens on a referral citing an active community partner and the report it came from', () => {
    const intake = {
      kind: 'semi-spontaneous' as const,
      referrer: { kind: 'community-partner' as const, organisation: 'IC Manzoni', contactPerson: 'prof. Bianchi' },
      reason: 'bruises reported by a teacher',
      partnerId: id(70),
      reportId: id(71),
    };
    const school = { partnerId: id(70), active: true };
    given()
      .when(open({ intake }), { family, partners: [school], reportExists: true })
      .thenEvents([caseOpened(MINOR_BIRTH, intake)]);
    given().when(open({ intake }), { family, partners: [], reportExists: true }).thenThrows('PARTNER_NOT_FOUND', 404);
    given()
      .when(open({ intake }), { family, partners: [{ ...school, active: false }], reportExists: true })
      .thenThrows('PARTNER_INACTIVE', 409);
    given()
      .when(open({ intake }), { family, partners: [school], reportExists: false })
      .thenThrows('REPORT_NOT_FOUND', 404);
  });

  it('opens on a judicial mandate, keeping its deadlines', () =>
    given()
      .when(open({ intake: judicialIntake }), { family })
      .thenEvents([caseOpened(MINOR_BIRTH, judicialIntake)]));

  it('keeps only the fields of the intake kind', () => {
    const sloppy = { ...spontaneousIntake, referrer: 'stray' } as unknown as OpenCase['intake'];
    given()
      .when(open({ intake: sloppy }), { family })
      .thenEvents([caseOpened()]);
  });

  it('refuses a minor who is not in the family', () =>
    given()
      .when(open({ minorId: id(99) }), { family })
      .thenThrows('MINOR_NOT_IN_FAMILY', 409));

  it('refuses a member whose role is not minor', () =>
    given()
      .when(open({ minorId: MOTHER_ID }), { family })
      .thenThrows('MEMBER_NOT_A_MINOR', 409));

  it('refuses a requester outside the family', () =>
    given()
      .when(open({ intake: { ...spontaneousIntake, requesterId: id(98) } }), { family })
      .thenThrows('REQUESTER_NOT_IN_FAMILY', 409));

  it('refuses a requester who is neither a parent, a guardian nor the minor', () => {
    for (const requesterId of [UNCLE_ID, SISTER_ID]) {
      given()
        .when(open({ intake: { ...spontaneousIntake, requesterId } }), { family })
        .thenThrows('REQUESTER_NOT_ELIGIBLE', 409);
    }
  });

  it('refuses a second open case for the same minor, naming the open one', () =>
    given()
      .when(open(), { family, openCaseIdForMinor: OTHER_CASE_ID })
      .thenThrows('CASE_ALREADY_OPEN', 409, (error) => {
        expect(error.extensions).toEqual({ minorId: MINOR_ID, openCaseId: OTHER_CASE_ID });
        expect(error.detail).toContain(OTHER_CASE_ID);
      }));

  it('refuses to open the same case twice', () => given(caseOpened()).when(open(), { family }).thenThrows('CASE_ALREADY_EXISTS', 409));

  it('refuses a family other than the one loaded', () =>
    given()
      .when(open({ familyId: id(97) }), { family })
      .thenThrows('FAMILY_NOT_FOUND', 404));

  it('refuses a decree dated after the intake', () =>
    given()
      .when(open({ intake: { ...judicialIntake, decreeDate: '2026-11-11' } }), { family })
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400));

  it('accepts a late recording and refuses an occurredAt beyond the clock skew', () => {
    given()
      .when(open(on('2026-10-01T09:00:00Z')), { family })
      .thenEvents([caseOpened()]);
    given()
      .when(open(on('2026-11-10T10:04:59Z')), { family })
      .thenEvents([caseOpened()]);
    given()
      .when(open(on('2026-11-10T10:05:01Z')), { family })
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400);
    given()
      .when(open(on('last tuesday')), { family })
      .thenThrows('INVALID_OCCURRED_AT', 400);
  });
});

describe('closing and reopening', () => {
  it('closes an open case with its reason', () =>
    given(caseOpened())
      .when({ type: 'CloseCase', ...on(), reason: 'goals-met', note: 'school attendance regular' })
      .thenEvents([{ type: 'CaseClosed', data: { caseId: CASE_ID, reason: 'goals-met', note: 'school attendance regular' } }]));

  it('refuses a closure past measures in force, listing them, unless a transfer names the receiving service', () => {
    const measure = (measureId: string, status: 'ordered' | 'ended'): CaseEvent[] => [
      {
        type: 'ProtectionMeasureProposed',
        data: { caseId: CASE_ID, measureId, kind: 'limitation-of-parental-responsibility', reason: 'x' },
      },
      {
        type: 'ProtectionMeasureOrdered',
        data: {
          caseId: CASE_ID,
          measureId,
          authority: 'tribunale-per-i-minorenni',
          decreeNumber: '1',
          decreeDate: '2026-11-01',
          legalBasis: 'art-333-cc',
        },
      },
      ...(status === 'ended'
        ? [{ type: 'ProtectionMeasureEnded', data: { caseId: CASE_ID, measureId, endedOn: '2026-11-05', reason: 'x' } } as CaseEvent]
        : []),
    ];
    const history = [caseOpened(), ...measure(id(40), 'ordered'), ...measure(id(41), 'ended'), ...measure(id(42), 'ordered')];
    given(...history)
      .when({ type: 'CloseCase', ...on(), reason: 'goals-met' })
      .thenThrows('MEASURES_IN_FORCE', 409, (e) => expect(e.extensions).toEqual({ measureIds: [id(40), id(42)] }));
    given(...history)
      .when({ type: 'CloseCase', ...on(), reason: 'transferred' })
      .thenThrows('MEASURES_IN_FORCE', 409);
    given(...history)
      .when({ type: 'CloseCase', ...on(), reason: 'transferred', receivingService: 'Tutela Minori, Comune di Monza' })
      .thenEvents([
        {
          type: 'CaseClosed',
          data: { caseId: CASE_ID, reason: 'transferred', note: undefined, receivingService: 'Tutela Minori, Comune di Monza' },
        },
      ]);
  });

  it('refuses a fact dated before the minor was born', () =>
    given(caseOpened('2015-04-01'))
      .when({ type: 'RecordContact', ...on('2010-05-01T10:00:00Z'), contactId: id(43), kind: 'call', participants: [], entries: [] })
      .thenThrows('DATE_BEFORE_BIRTH', 400));

  it('refuses to close a case twice, or one never opened', () => {
    given(caseOpened(), caseClosed)
      .when({ type: 'CloseCase', ...on(), reason: 'other' })
      .thenThrows('CASE_CLOSED', 409);
    given()
      .when({ type: 'CloseCase', ...on(), reason: 'other' })
      .thenThrows('CASE_NOT_FOUND', 404);
  });

  it('refuses every other command on a closed case', () => {
    const closed = given(caseOpened(), caseClosed);
    closed
      .when({ type: 'RecordContact', ...on(), contactId: id(1), kind: 'call', participants: [], entries: [] })
      .thenThrows('CASE_CLOSED', 409);
    closed.when({ type: 'AssignTeamMember', ...on(), workerId: 'bob', name: 'Bob', role: 'educator' }).thenThrows('CASE_CLOSED', 409);
  });

  it('reopens a closed case, after which commands are accepted again', () => {
    const reopened = { type: 'CaseReopened' as const, data: { caseId: CASE_ID, reason: 'new school report' } };
    given(caseOpened(), caseClosed)
      .when({ type: 'ReopenCase', ...on(), reason: 'new school report' }, {})
      .thenEvents([reopened]);
    given(caseOpened(), caseClosed, reopened)
      .when({ type: 'AssignTeamMember', ...on(), workerId: 'bob', name: 'Bob Verdi', role: 'educator' })
      .thenEvents([{ type: 'TeamMemberAssigned', data: { caseId: CASE_ID, workerId: 'bob', name: 'Bob Verdi', role: 'educator' } }]);
  });

  it('refuses to reopen an open case, or while the minor has another open case', () => {
    given(caseOpened())
      .when({ type: 'ReopenCase', ...on(), reason: 'x' }, {})
      .thenThrows('CASE_NOT_CLOSED', 409);
    given(caseOpened(), caseClosed)
      .when({ type: 'ReopenCase', ...on(), reason: 'x' }, { openCaseIdForMinor: OTHER_CASE_ID })
      .thenThrows('CASE_ALREADY_OPEN', 409);
    given()
      .when({ type: 'ReopenCase', ...on(), reason: 'x' }, {})
      .thenThrows('CASE_NOT_FOUND', 404);
  });
});
