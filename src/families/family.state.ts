import { EventMeta } from '../common/decider';
import { FamilyEvent, MemberRole, Municipality, PersonDetails } from './family.events';

export interface FamilyMember extends PersonDetails {
  id: string;
  role: MemberRole;
}

export interface FamilyState {
  exists: boolean;
  familyId?: string;
  municipality?: Municipality;
  address?: string;
  /** Who registered the household: they keep sight of it (FamilyAccessGuard). */
  registeredBy?: string;
  members: FamilyMember[];
}

export const initialFamilyState: FamilyState = { exists: false, members: [] };

export const evolveFamily = (state: FamilyState, event: FamilyEvent, meta: EventMeta): FamilyState => {
  switch (event.type) {
    case 'FamilyRegistered':
      return {
        exists: true,
        familyId: event.data.familyId,
        municipality: event.data.municipality,
        address: event.data.address,
        registeredBy: meta.actorId,
        members: [],
      };
    case 'FamilyMemberAdded': {
      const { familyId: _family, memberId, ...person } = event.data;
      return { ...state, members: [...state.members, { id: memberId, ...person }] };
    }
    case 'FamilyMemberDetailsCorrected':
      return {
        ...state,
        members: state.members.map((m) => (m.id === event.data.memberId ? { ...m, ...event.data.corrections } : m)),
      };
    case 'FamilyMemberRemoved':
      return { ...state, members: state.members.filter((m) => m.id !== event.data.memberId) };
    default:
      return state;
  }
};
