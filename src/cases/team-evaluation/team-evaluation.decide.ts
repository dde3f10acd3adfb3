import { Dated } from '../../common/decider';
import { InvalidInputError } from '../../common/domain-error';
import { Carrying, CaseContext } from '../case.command';
import { CaseEvent } from '../case.events';
import { assertNewId, guard } from '../case.guards';
import { plainEntry } from '../case.plain';
import { CaseState } from '../case.state';
import { DISCIPLINE_OF_ROLE } from '../confidentiality/sealed-entries';
import { assertMayRestrict } from '../confidentiality/restriction.rules';

export type RecordTeamEvaluation = Carrying<'RecordTeamEvaluation', 'TeamEvaluationRecorded'>;
export type TeamEvaluationCommand = RecordTeamEvaluation;

const refused = (code: string, detail: string, extensions: Record<string, unknown>) => new InvalidInputError(code, detail, extensions);

/**
 * The valutazione d'équipe: each contribution is given by a worker on the team, of the discipline their role is;
 * the conclusion is agreed by team members; whoever disagrees says so beside it, never instead of it.
 */
export const recordTeamEvaluation = (cmd: Dated<RecordTeamEvaluation>, state: CaseState, { now, actor }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  assertNewId(state.teamEvaluations, 'team evaluation', cmd.evaluationId);
  for (const { workerId, discipline } of cmd.contributions) {
    const member = state.team[workerId];
    if (!member) throw refused('CONTRIBUTOR_NOT_ON_TEAM', `${workerId} is not on the case's team`, { workerId });
    if (DISCIPLINE_OF_ROLE[member.role] !== discipline) {
      throw refused('CONTRIBUTION_NOT_THEIR_DISCIPLINE', `${workerId} is a ${member.role}, not of the ${discipline} discipline`, {
        workerId,
        discipline,
      });
    }
  }
  const outsiders = [...cmd.agreedBy, ...(cmd.dissent ?? []).map((d) => d.workerId)].filter((id) => !state.team[id]);
  if (outsiders.length > 0) throw refused('AGREEMENT_NOT_BY_TEAM', 'Only team members agree or disagree', { workerIds: outsiders });
  const both = cmd.agreedBy.filter((id) => cmd.dissent?.some((d) => d.workerId === id));
  if (both.length > 0) throw refused('AGREED_AND_DISSENTED', 'A worker either agrees or dissents', { workerIds: both });
  const entries = cmd.contributions.map((c) => c.entry);
  assertMayRestrict(entries, actor);
  const { caseId, evaluationId, conclusion } = cmd;
  return [
    {
      type: 'TeamEvaluationRecorded',
      data: {
        caseId,
        evaluationId,
        contributions: cmd.contributions.map(({ discipline, workerId, entry }) => ({ discipline, workerId, entry: plainEntry(entry) })),
        conclusion,
        agreedBy: [...new Set(cmd.agreedBy)],
        ...(cmd.dissent?.length && { dissent: cmd.dissent.map(({ workerId, text }) => ({ workerId, text })) }),
      },
    },
  ];
};
