import { deciderSpec } from '../../common/testing/decider-spec';
import { authorizeOnCase, authorizeReadOnCase, caseDecider } from '../case.decider';
import { NotOnCaseTeamError } from '../case.errors';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, aliceAssigned, caseClosed, caseOpened } from '../testing/case.fixtures';
import { hasValidGrant } from './access-grants.evolve';

const { given } = deciderSpec(caseDecider, { now: NOW });
const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * HOUR);

const grant = (hours = 12, workerId = 'dario', reason = 'night duty: the minor is at the emergency room') =>
  ({ type: 'GrantCaseAccess', caseId: CASE_ID, workerId, reason, hours }) as const;
const revoke = (workerId = 'dario') => ({ type: 'RevokeCaseAccess', caseId: CASE_ID, workerId }) as const;
const granted = (expiresAt: Date, workerId = 'dario'): CaseEvent => ({
  type: 'CaseAccessGranted',
  data: { caseId: CASE_ID, workerId, reason: 'night duty: the minor is at the emergency room', expiresAt: expiresAt.toISOString() },
});

describe('break-glass grants', () => {
  it('grants a worker off the team until now plus the hours asked', () =>
    given(caseOpened())
      .when(grant(12))
      .thenEvents([granted(at(12))]));

  it('grants on a closed case too: courts ask about closed cases', () =>
    given(caseOpened(), caseClosed)
      .when(grant(1))
      .thenEvents([granted(at(1))]));

  it('refuses a grant shorter than an hour or longer than three days', () => {
    given(caseOpened()).when(grant(0)).thenThrows('GRANT_DURATION_OUT_OF_RANGE', 400);
    given(caseOpened()).when(grant(73)).thenThrows('GRANT_DURATION_OUT_OF_RANGE', 400);
    given(caseOpened()).when(grant(1.5)).thenThrows('GRANT_DURATION_OUT_OF_RANGE', 400);
  });

  it('refuses a grant without a reason', () =>
    given(caseOpened())
      .when(grant(12, 'dario', '   '))
      .thenThrows('GRANT_REASON_REQUIRED', 400));

  it('refuses a grant to a worker already on the case', () =>
    given(caseOpened(), aliceAssigned).when(grant(12, 'alice')).thenThrows('ACCESS_GRANT_NEEDLESS', 409));

  it('refuses a grant on a case never opened', () => given().when(grant()).thenThrows('CASE_NOT_FOUND', 404));

  it('revokes a running grant', () =>
    given(caseOpened(), granted(at(12)))
      .when(revoke())
      .thenEvents([{ type: 'CaseAccessGrantRevoked', data: { caseId: CASE_ID, workerId: 'dario' } }]));

  it('refuses to revoke a grant that has expired by itself or never was', () => {
    given(caseOpened(), granted(at(-1)))
      .when(revoke())
      .thenThrows('ACCESS_GRANT_NOT_FOUND', 404);
    given(caseOpened()).when(revoke()).thenThrows('ACCESS_GRANT_NOT_FOUND', 404);
  });

  it('counts a grant until its expiry and not after, and not once revoked', () => {
    const state = given(caseOpened(), granted(at(12))).state;
    expect(hasValidGrant(state, 'dario', at(11))).toBe(true);
    expect(hasValidGrant(state, 'dario', at(12))).toBe(false);
    expect(hasValidGrant(state, 'someone-else', at(1))).toBe(false);
    const revoked = given(caseOpened(), granted(at(12)), { type: 'CaseAccessGrantRevoked', data: { caseId: CASE_ID, workerId: 'dario' } });
    expect(hasValidGrant(revoked.state, 'dario', at(1))).toBe(false);
  });

  it('lets a granted worker read but not act, and only until the grant expires', () => {
    const state = given(caseOpened(), granted(at(12))).state;
    const dario = { id: 'dario', role: 'psychologist' } as const;
    expect(() => authorizeReadOnCase(state, dario, at(1))).not.toThrow();
    expect(() => authorizeReadOnCase(state, dario, at(13))).toThrow(NotOnCaseTeamError);
    expect(() => authorizeOnCase(state, dario)).toThrow(NotOnCaseTeamError);
  });
});
