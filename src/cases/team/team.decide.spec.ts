import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, aliceAssigned, caseOpened, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const aliceIsManager: CaseEvent = { type: 'CaseManagerChanged', data: { caseId: CASE_ID, workerId: 'alice' } };
const aliceReleased: CaseEvent = { type: 'TeamMemberReleased', data: { caseId: CASE_ID, workerId: 'alice' } };

describe('the team', () => {
  it('assigns a member with a role', () =>
    given(caseOpened())
      .when({ type: 'AssignTeamMember', ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' })
      .thenEvents([aliceAssigned]));

  it('refuses to assign a current member twice', () =>
    given(caseOpened(), aliceAssigned)
      .when({ type: 'AssignTeamMember', ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'psychologist' })
      .thenThrows('TEAM_MEMBER_ALREADY_ASSIGNED', 409));

  it('assigns again a member who was released', () =>
    given(caseOpened(), aliceAssigned, aliceReleased)
      .when({ type: 'AssignTeamMember', ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' })
      .thenEvents([aliceAssigned]));

  it('releases a member', () =>
    given(caseOpened(), aliceAssigned)
      .when({ type: 'ReleaseTeamMember', ...on(), workerId: 'alice' })
      .thenEvents([aliceReleased]));

  it('refuses to release someone not on the team', () =>
    given(caseOpened())
      .when({ type: 'ReleaseTeamMember', ...on(), workerId: 'alice' })
      .thenThrows('TEAM_MEMBER_NOT_FOUND', 404));

  it('makes a current member the case manager', () =>
    given(caseOpened(), aliceAssigned)
      .when({ type: 'ChangeCaseManager', ...on(), workerId: 'alice' })
      .thenEvents([aliceIsManager]));

  it('refuses a case manager who is not a current member', () => {
    given(caseOpened())
      .when({ type: 'ChangeCaseManager', ...on(), workerId: 'alice' })
      .thenThrows('CASE_MANAGER_NOT_A_MEMBER', 409);
    given(caseOpened(), aliceAssigned, aliceReleased)
      .when({ type: 'ChangeCaseManager', ...on(), workerId: 'alice' })
      .thenThrows('CASE_MANAGER_NOT_A_MEMBER', 409);
  });

  it('refuses to name the current manager again', () =>
    given(caseOpened(), aliceAssigned, aliceIsManager)
      .when({ type: 'ChangeCaseManager', ...on(), workerId: 'alice' })
      .thenThrows('CASE_MANAGER_UNCHANGED', 409));

  it('leaves the case without a manager when the manager is released', () => {
    expect(given(caseOpened(), aliceAssigned, aliceIsManager).state.caseManagerId).toBe('alice');
    expect(given(caseOpened(), aliceAssigned, aliceIsManager, aliceReleased).state.caseManagerId).toBeUndefined();
  });

  it('refuses team commands on a case never opened', () =>
    given()
      .when({ type: 'AssignTeamMember', ...on(), workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' })
      .thenThrows('CASE_NOT_FOUND', 404));
});
