import { PersonEvent, PersonIdentity } from './person.events';

export interface PersonState {
  exists: boolean;
  personId?: string;
  identity?: PersonIdentity;
  /** Set once merged: the person this record now stands for. */
  mergedInto?: string;
}

export const initialPersonState: PersonState = { exists: false };

export const evolvePerson = (state: PersonState, event: PersonEvent): PersonState => {
  switch (event.type) {
    case 'PersonRegistered': {
      const { personId, ...identity } = event.data;
      return { exists: true, personId, identity };
    }
    case 'PersonDetailsCorrected':
      return { ...state, identity: { ...state.identity!, ...event.data.corrections } };
    case 'PersonMerged':
      return { ...state, mergedInto: event.data.into };
    default:
      return state;
  }
};
