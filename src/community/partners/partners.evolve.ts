import { EventMeta } from '../../common/decider';
import { PartnerContact, PartnerEvent, PartnerKind } from './partner.events';

export interface PartnerState {
  exists: boolean;
  partnerId?: string;
  kind?: PartnerKind;
  name?: string;
  municipality?: string;
  contact?: PartnerContact;
  active: boolean;
  registeredAt?: string;
}

export const initialPartnerState: PartnerState = { exists: false, active: false };

export const evolvePartner = (state: PartnerState, event: PartnerEvent, meta: EventMeta): PartnerState => {
  switch (event.type) {
    case 'PartnerRegistered':
      return { exists: true, ...event.data, active: true, registeredAt: meta.occurredAt };
    case 'PartnerContactUpdated':
      return { ...state, contact: event.data.contact };
    case 'PartnerDeactivated':
      return { ...state, active: false };
    case 'PartnerReactivated':
      return { ...state, active: true };
    default:
      return state;
  }
};
