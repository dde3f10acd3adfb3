import { EventMeta } from '../../common/decider';
import { InitiativeEvent, InitiativePlan, Participants } from './initiative.events';

export type InitiativeStatus = 'none' | 'planned' | 'held' | 'cancelled';

export interface InitiativeState {
  status: InitiativeStatus;
  initiativeId?: string;
  plan?: InitiativePlan;
  participants?: Participants;
  heldAt?: string;
  cancellationReason?: string;
}

export const initialInitiativeState: InitiativeState = { status: 'none' };

export const evolveInitiative = (state: InitiativeState, event: InitiativeEvent, meta: EventMeta): InitiativeState => {
  switch (event.type) {
    case 'InitiativePlanned': {
      const { initiativeId, ...plan } = event.data;
      return { status: 'planned', initiativeId, plan };
    }
    case 'InitiativeHeld':
      return { ...state, status: 'held', participants: event.data.participants, heldAt: meta.occurredAt };
    case 'InitiativeCancelled':
      return { ...state, status: 'cancelled', cancellationReason: event.data.reason };
    default:
      return state;
  }
};
