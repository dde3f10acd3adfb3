import { assertKnownIstatCode } from '../../reference/municipality.rule';
import { contactUnchanged, partnerAlreadyActive, partnerAlreadyRegistered, partnerInactive, partnerNotFound } from './partner.errors';
import { PartnerContact, PartnerEvent, PartnerKind } from './partner.events';
import { PartnerState } from './partners.evolve';

/** Every command names its partner; occurredAt absent means now. */
interface PartnerCommandFields {
  partnerId: string;
  occurredAt?: string;
}

export type RegisterPartner = {
  type: 'RegisterPartner';
  kind: PartnerKind;
  name: string;
  municipality: string;
  contact: PartnerContact;
} & PartnerCommandFields;
export type UpdatePartnerContact = { type: 'UpdatePartnerContact'; contact: PartnerContact } & PartnerCommandFields;
export type DeactivatePartner = { type: 'DeactivatePartner'; reason: string } & PartnerCommandFields;
export type ReactivatePartner = { type: 'ReactivatePartner'; reason: string } & PartnerCommandFields;

export type PartnerCommand = RegisterPartner | UpdatePartnerContact | DeactivatePartner | ReactivatePartner;

const assertRegistered = (state: PartnerState, partnerId: string): void => {
  if (!state.exists) throw partnerNotFound(partnerId);
};

const sameContact = (a: PartnerContact | undefined, b: PartnerContact): boolean =>
  a !== undefined && a.name === b.name && a.role === b.role && a.email === b.email && a.phone === b.phone;

export const registerPartner = ({ partnerId, kind, name, municipality, contact }: RegisterPartner, state: PartnerState): PartnerEvent[] => {
  if (state.exists) throw partnerAlreadyRegistered(partnerId);
  assertKnownIstatCode(municipality);
  return [{ type: 'PartnerRegistered', data: { partnerId, kind, name, municipality, contact: { ...contact } } }];
};

export const updatePartnerContact = ({ partnerId, contact }: UpdatePartnerContact, state: PartnerState): PartnerEvent[] => {
  assertRegistered(state, partnerId);
  if (sameContact(state.contact, contact)) throw contactUnchanged();
  return [{ type: 'PartnerContactUpdated', data: { partnerId, contact: { ...contact } } }];
};

export const deactivatePartner = ({ partnerId, reason }: DeactivatePartner, state: PartnerState): PartnerEvent[] => {
  assertRegistered(state, partnerId);
  if (!state.active) throw partnerInactive(partnerId);
  return [{ type: 'PartnerDeactivated', data: { partnerId, reason } }];
};

export const reactivatePartner = ({ partnerId, reason }: ReactivatePartner, state: PartnerState): PartnerEvent[] => {
  assertRegistered(state, partnerId);
  if (state.active) throw partnerAlreadyActive(partnerId);
  return [{ type: 'PartnerReactivated', data: { partnerId, reason } }];
};
