import { Streams } from '../../common/send-command';
import { partnerKind } from './partner.decider';
import { partnerInactive, partnerNotFound } from './partner.errors';

/** A partner as another stream's decide sees it: looked up before deciding, passed as data. */
export interface PartnerFact {
  partnerId: string;
  active: boolean;
}

/** The partners named, as facts; a missing one is simply absent. */
export const lookUpPartners = async (streams: Streams, partnerIds: readonly string[]): Promise<PartnerFact[]> => {
  const found = await Promise.all(
    [...new Set(partnerIds)].map(async (partnerId) => ({ partnerId, read: await streams.load(partnerKind, partnerId) })),
  );
  return found.filter(({ read }) => read.state.exists).map(({ partnerId, read }) => ({ partnerId, active: read.state.active }));
};

/** The rule every citing command shares: the partner exists (404) and is active (409). */
export const assertActivePartner = (partnerId: string, facts: readonly PartnerFact[] | undefined): void => {
  const partner = facts?.find((p) => p.partnerId === partnerId);
  if (!partner) throw partnerNotFound(partnerId);
  if (!partner.active) throw partnerInactive(partnerId);
};
