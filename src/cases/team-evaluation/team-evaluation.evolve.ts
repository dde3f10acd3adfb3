import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { Discipline } from '../case.values';

export interface TeamEvaluationState {
  evaluationId: string;
  evaluatedAt: string;
  disciplines: Discipline[];
  conclusion: string;
  agreedBy: string[];
  dissentBy: string[];
}

/** The team's joint evaluations, latest last: the basis report drafts cite. */
export interface TeamEvaluationSlice {
  teamEvaluations: Record<string, TeamEvaluationState>;
}

export const initialTeamEvaluations: TeamEvaluationSlice = { teamEvaluations: {} };

export const evolveTeamEvaluations = <S extends TeamEvaluationSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  if (event.type !== 'TeamEvaluationRecorded') return state;
  const { evaluationId, contributions, conclusion, agreedBy, dissent } = event.data;
  const evaluation: TeamEvaluationState = {
    evaluationId,
    evaluatedAt: meta.occurredAt,
    disciplines: [...new Set(contributions.map((c) => c.discipline))],
    conclusion,
    agreedBy,
    dissentBy: (dissent ?? []).map((d) => d.workerId),
  };
  return { ...state, teamEvaluations: { ...state.teamEvaluations, [evaluationId]: evaluation } };
};
