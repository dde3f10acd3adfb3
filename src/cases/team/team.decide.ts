import { Dated } from '../../common/decider';
import { Carrying, CaseContext } from '../case.command';
import { caseManagerNotAMember, caseManagerUnchanged, teamMemberAlreadyAssigned, teamMemberNotFound } from '../case.errors';
import { CaseEvent } from '../case.events';
import { guard } from '../case.guards';
import { CaseState } from '../case.state';

/** The équipe: social worker, psychologist, educator, and one case manager among them. */

export type AssignTeamMember = Carrying<'AssignTeamMember', 'TeamMemberAssigned'>;
export type ReleaseTeamMember = Carrying<'ReleaseTeamMember', 'TeamMemberReleased'>;
export type ChangeCaseManager = Carrying<'ChangeCaseManager', 'CaseManagerChanged'>;
export type TeamCommand = AssignTeamMember | ReleaseTeamMember | ChangeCaseManager;

export const assignTeamMember = (cmd: Dated<AssignTeamMember>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  if (state.team[cmd.workerId]) throw teamMemberAlreadyAssigned(cmd.workerId);
  const { caseId, workerId, name, role } = cmd;
  return [{ type: 'TeamMemberAssigned', data: { caseId, workerId, name, role } }];
};

/** Releasing the case manager is allowed; the case then has no manager until one is named. */
export const releaseTeamMember = (cmd: Dated<ReleaseTeamMember>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  if (!state.team[cmd.workerId]) throw teamMemberNotFound(cmd.workerId);
  return [{ type: 'TeamMemberReleased', data: { caseId: cmd.caseId, workerId: cmd.workerId } }];
};

/** Naming the current manager again is refused rather than a silent no-op: an append needs at least one event. */
export const changeCaseManager = (cmd: Dated<ChangeCaseManager>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  guard(cmd, state, now);
  if (!state.team[cmd.workerId]) throw caseManagerNotAMember(cmd.workerId);
  if (state.caseManagerId === cmd.workerId) throw caseManagerUnchanged(cmd.workerId);
  return [{ type: 'CaseManagerChanged', data: { caseId: cmd.caseId, workerId: cmd.workerId } }];
};
