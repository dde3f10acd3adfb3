import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { CASE_ID, NOW, aliceAssigned, caseOpened, id, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const paolaAssigned: CaseEvent = {
  type: 'TeamMemberAssigned',
  data: { caseId: CASE_ID, workerId: 'paola', name: 'Paola Neri', role: 'psychologist' },
};
const marcoAssigned: CaseEvent = {
  type: 'TeamMemberAssigned',
  data: { caseId: CASE_ID, workerId: 'marco', name: 'Marco Gallo', role: 'educator' },
};
const team = [caseOpened(), aliceAssigned, paolaAssigned, marcoAssigned];
const social = {
  discipline: 'social' as const,
  workerId: 'alice',
  entry: { kind: 'evaluation' as const, method: 'visite', text: 'casa adeguata' },
};
const psychological = {
  discipline: 'psychological' as const,
  workerId: 'paola',
  entry: { kind: 'evaluation' as const, method: 'colloqui', text: 'legame sicuro' },
};
const evaluation = {
  type: 'RecordTeamEvaluation' as const,
  ...on(),
  evaluationId: id(40),
  contributions: [social, psychological],
  conclusion: 'rientro in famiglia con educativa domiciliare',
  agreedBy: ['alice', 'paola'],
};

describe("the team's joint evaluation (valutazione d'équipe)", () => {
  it('records each discipline, the conclusion, who agreed and who dissented', () =>
    given(...team)
      .when({ ...evaluation, dissent: [{ workerId: 'marco', text: 'prematuro' }] })
      .thenEvents([
        {
          type: 'TeamEvaluationRecorded',
          data: {
            caseId: CASE_ID,
            evaluationId: id(40),
            contributions: [social, psychological],
            conclusion: 'rientro in famiglia con educativa domiciliare',
            agreedBy: ['alice', 'paola'],
            dissent: [{ workerId: 'marco', text: 'prematuro' }],
          },
        },
      ]));

  it('takes contributions from the team only, each of the discipline its role is', () => {
    given(caseOpened(), aliceAssigned).when(evaluation).thenThrows('CONTRIBUTOR_NOT_ON_TEAM', 400);
    given(...team)
      .when({ ...evaluation, contributions: [{ ...psychological, workerId: 'marco' }] })
      .thenThrows('CONTRIBUTION_NOT_THEIR_DISCIPLINE', 400);
  });

  it('is agreed, or disagreed, by team members, never both', () => {
    given(...team)
      .when({ ...evaluation, agreedBy: ['alice', 'stranger'] })
      .thenThrows('AGREEMENT_NOT_BY_TEAM', 400);
    given(...team)
      .when({ ...evaluation, dissent: [{ workerId: 'paola', text: 'no' }] })
      .thenThrows('AGREED_AND_DISSENTED', 400);
  });

  it('keeps its id once', () => {
    const recorded: CaseEvent = {
      type: 'TeamEvaluationRecorded',
      data: { caseId: CASE_ID, evaluationId: id(40), contributions: [social], conclusion: 'x', agreedBy: ['alice'] },
    };
    given(...team, recorded)
      .when(evaluation)
      .thenThrows('ID_ALREADY_USED', 409);
  });
});
