import { EventMeta } from '../common/decider';
import { FamilyEvent, FamilyRelation, MemberRole, Municipality, PersonDetails } from './family.events';

export interface FamilyMember extends PersonDetails {
  id: string;
  role: MemberRole;
  /** Set when the member is a person of the registry (the same id). */
  personId?: string;
}

export interface FamilyRelationState extends FamilyRelation {
  /** Set once ended: the relation is history, kept for the record. */
  endedOn?: string;
}

export interface FamilyState {
  exists: boolean;
  familyId?: string;
  municipality?: Municipality;
  address?: string;
  /** Who registered the household: they keep sight of it (FamilyAccessGuard). */
  registeredBy?: string;
  members: FamilyMember[];
  relations: FamilyRelationState[];
}

export const initialFamilyState: FamilyState = { exists: false, members: [], relations: [] };

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
        relations: [],
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
    case 'FamilyRelationRecorded': {
      const { familyId: _family, ...relation } = event.data;
      return { ...state, relations: [...state.relations, relation] };
    }
    case 'FamilyRelationEnded':
      return {
        ...state,
        relations: state.relations.map((r) => (r.relationId === event.data.relationId ? { ...r, endedOn: event.data.endedOn } : r)),
      };
    default:
      return state;
  }
};
