import { assignTeamMember, changeCaseManager, releaseTeamMember } from './case.decide-team';
import { CaseEvent } from './case.events';
import { evolve } from './case.state';
import { CASE_ID, NOW, aliceAssigned, caseOpened, on } from './testing/case.fixtures';
import { given } from './testing/given';

const aliceIsManager: CaseEvent = { type: 'CaseManagerChanged', data: { caseId: CASE_ID, workerId: 'alice' } };
const aliceReleased: CaseEvent = { type: 'TeamMemberReleased', data: { caseId: CASE_ID, workerId: 'alice' } };

describe('the team', () => {
  it('assigns a member with a role', () =>
    given(caseOpened())
      .when((s) => assignTeamMember({ ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }, s, NOW))
      .thenEvents([aliceAssigned]));

  it('refuses to assign a current member twice', () =>
    given(caseOpened(), aliceAssigned)
      .when((s) => assignTeamMember({ ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'psychologist' }, s, NOW))
      .thenThrows('TEAM_MEMBER_ALREADY_ASSIGNED', 409));

  it('assigns again a member who was released', () =>
    given(caseOpened(), aliceAssigned, aliceReleased)
      .when((s) => assignTeamMember({ ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }, s, NOW))
      .thenEvents([aliceAssigned]));

  it('releases a member', () =>
    given(caseOpened(), aliceAssigned)
      .when((s) => releaseTeamMember({ ...on(), workerId: 'alice' }, s, NOW))
      .thenEvents([aliceReleased]));

  it('refuses to release someone not on the team', () =>
    given(caseOpened())
      .when((s) => releaseTeamMember({ ...on(), workerId: 'alice' }, s, NOW))
      .thenThrows('TEAM_MEMBER_NOT_FOUND', 404));

  it('makes a current member the case manager', () =>
    given(caseOpened(), aliceAssigned)
      .when((s) => changeCaseManager({ ...on(), workerId: 'alice' }, s, NOW))
      .thenEvents([aliceIsManager]));

  it('refuses a case manager who is not a current member', () => {
    given(caseOpened())
      .when((s) => changeCaseManager({ ...on(), workerId: 'alice' }, s, NOW))
      .thenThrows('CASE_MANAGER_NOT_A_MEMBER', 409);
    given(caseOpened(), aliceAssigned, aliceReleased)
      .when((s) => changeCaseManager({ ...on(), workerId: 'alice' }, s, NOW))
      .thenThrows('CASE_MANAGER_NOT_A_MEMBER', 409);
  });

  it('refuses to name the current manager again', () =>
    given(caseOpened(), aliceAssigned, aliceIsManager)
      .when((s) => changeCaseManager({ ...on(), workerId: 'alice' }, s, NOW))
      .thenThrows('CASE_MANAGER_UNCHANGED', 409));

  it('leaves the case without a manager when the manager is released', () => {
    const { state } = given(caseOpened(), aliceAssigned, aliceIsManager);
    expect(state.caseManagerId).toBe('alice');
    expect(evolve(state, aliceReleased).caseManagerId).toBeUndefined();
  });

  it('refuses team commands on a case never opened', () =>
    given()
      .when((s) => assignTeamMember({ ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }, s, NOW))
      .thenThrows('CASE_NOT_FOUND', 404));
});
