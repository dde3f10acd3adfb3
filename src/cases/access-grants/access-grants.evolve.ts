import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { without } from '../case.records';

/** A break-glass grant: a worker off the team may read the case until expiresAt, because a coordinator said why. */
export interface AccessGrant {
  workerId: string;
  reason: string;
  grantedBy: string;
  expiresAt: string;
}

export interface AccessGrantSlice {
  accessGrants: Record<string, AccessGrant>; // by workerId; an expired grant stays here until replaced or revoked
}

export const initialAccessGrants: AccessGrantSlice = { accessGrants: {} };

/** Expiry is a comparison with the clock, never a scheduled job: a grant past expiresAt simply no longer counts. */
export const hasValidGrant = (state: AccessGrantSlice, workerId: string, now: Date): boolean => {
  const grant = Object.hasOwn(state.accessGrants, workerId) ? state.accessGrants[workerId] : undefined;
  return grant !== undefined && Date.parse(grant.expiresAt) > now.getTime();
};

export const evolveAccessGrants = <S extends AccessGrantSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  switch (event.type) {
    case 'CaseAccessGranted': {
      const { workerId, reason, expiresAt } = event.data;
      return { ...state, accessGrants: { ...state.accessGrants, [workerId]: { workerId, reason, expiresAt, grantedBy: meta.actorId } } };
    }
    case 'CaseAccessGrantRevoked':
      return { ...state, accessGrants: without(state.accessGrants, event.data.workerId) };
    default:
      return state;
  }
};
