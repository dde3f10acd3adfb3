import { Decider, defineStreamKind, unhandled } from '../../common/decider';
import { PartnerEvent } from './partner.events';
import { PartnerCommand, deactivatePartner, reactivatePartner, registerPartner, updatePartnerContact } from './partners.decide';
import { PartnerState, evolvePartner, initialPartnerState } from './partners.evolve';

export const partnerDecider: Decider<PartnerCommand, PartnerState, PartnerEvent> = {
  version: 1,
  initialState: initialPartnerState,
  evolve: evolvePartner,
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterPartner':
        return registerPartner(command, state);
      case 'UpdatePartnerContact':
        return updatePartnerContact(command, state);
      case 'DeactivatePartner':
        return deactivatePartner(command, state);
      case 'ReactivatePartner':
        return reactivatePartner(command, state);
      default:
        return unhandled(command);
    }
  },
};

/** Partners are service-wide records: the route's roles decide who may act, not the stream. */
export const partnerKind = defineStreamKind({ name: 'partner', decider: partnerDecider });
