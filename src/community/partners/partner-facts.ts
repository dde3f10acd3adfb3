import { partnerInactive, partnerNotFound } from './partner.errors';

/** A partner as another stream's decide sees it: looked up before deciding, passed as data. */
export interface PartnerFact {
  partnerId: string;
  active: boolean;
}

/** The rule every citing command shares: the partner exists (404) and is active (409). */
export const assertActivePartner = (partnerId: string, facts: readonly PartnerFact[] | undefined): void => {
  const partner = facts?.find((p) => p.partnerId === partnerId);
  if (!partner) throw partnerNotFound(partnerId);
  if (!partner.active) throw partnerInactive(partnerId);
};
