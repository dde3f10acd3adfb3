import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { without } from '../case.records';
import { TeamRole } from '../case.values';

export interface TeamMember {
  workerId: string;
  name: string;
  role: TeamRole;
}

export interface TeamSlice {
  team: Record<string, TeamMember>; // current members by workerId
  caseManagerId?: string;
}

export const initialTeam: TeamSlice = { team: {} };

export const evolveTeam = <S extends TeamSlice>(state: S, event: CaseEvent, _meta: EventMeta): S => {
  switch (event.type) {
    case 'TeamMemberAssigned': {
      const { workerId, name, role } = event.data;
      return { ...state, team: { ...state.team, [workerId]: { workerId, name, role } } };
    }
    case 'TeamMemberReleased': {
      const { workerId } = event.data;
      // Releasing the case manager leaves the case without one until the next CaseManagerChanged.
      const caseManagerId = state.caseManagerId === workerId ? undefined : state.caseManagerId;
      return { ...state, team: without(state.team, workerId), caseManagerId };
    }
    case 'CaseManagerChanged':
      return { ...state, caseManagerId: event.data.workerId };
    default:
      return state;
  }
};
