import { Streams } from '../../common/send-command';
import { partnerKind } from './partner.decider';
import { PartnerFact } from './partner-facts';

/** The partners named, as facts; a missing one is simply absent. */
export const lookUpPartners = async (streams: Streams, partnerIds: readonly string[]): Promise<PartnerFact[]> => {
  const found = await Promise.all(
    [...new Set(partnerIds)].map(async (partnerId) => ({ partnerId, read: await streams.load(partnerKind, partnerId) })),
  );
  return found.filter(({ read }) => read.state.exists).map(({ partnerId, read }) => ({ partnerId, active: read.state.active }));
};
