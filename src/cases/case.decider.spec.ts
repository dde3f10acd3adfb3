import { caseKind } from './case.decider';
import { CaseEvent } from './case.events';
import { CASE_ID, NOW, aliceAssigned, caseOpened } from './testing/case.fixtures';
import { deciderSpec } from '../common/testing/decider-spec';

// Carla, a social worker, opens the case; Alice joins its team, Bob is never on it.
const { given } = deciderSpec(caseKind.decider, { now: NOW, actor: { id: 'carla', role: 'social-worker' } });
const aliceReleased: CaseEvent = { type: 'TeamMemberReleased', data: { caseId: CASE_ID, workerId: 'alice' } };
const bobIsManager: CaseEvent = { type: 'CaseManagerChanged', data: { caseId: CASE_ID, workerId: 'bob' } };
const authorize =
  (events: CaseEvent[], id: string, role = 'social-worker') =>
  () =>
    caseKind.authorize!(given(...events).state, { id, role });

describe('who may act on a case', () => {
  it('lets the opener and the current team act', () => {
    expect(authorize([caseOpened()], 'carla')).not.toThrow();
    expect(authorize([caseOpened(), aliceAssigned], 'alice', 'educator')).not.toThrow();
  });

  it('lets the case manager act', () => expect(authorize([caseOpened(), bobIsManager], 'bob', 'psychologist')).not.toThrow());

  it('refuses a team role that is not on the case, or no longer is', () => {
    expect(authorize([caseOpened()], 'bob')).toThrow(expect.objectContaining({ code: 'NOT_ON_CASE_TEAM', status: 403 }));
    expect(authorize([caseOpened(), aliceAssigned, aliceReleased], 'alice')).toThrow(expect.objectContaining({ code: 'NOT_ON_CASE_TEAM' }));
  });

  it('lets coordinators and court liaison reach every case', () => {
    expect(authorize([caseOpened()], 'dora', 'coordinator')).not.toThrow();
    expect(authorize([caseOpened()], 'giudice', 'court-liaison')).not.toThrow();
  });
});
