export const PARTNER_KINDS = [
  'school',
  'oratory',
  'sports-club',
  'aggregation-project',
  'volunteer-group',
  'parent-group',
  'health-service',
  'paediatrician',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** The person the service calls at the partner; email and phone are optional. */
export interface PartnerContact {
  name: string;
  role: string;
  email?: string;
  phone?: string;
}

export type PartnerEvent =
  | {
      type: 'PartnerRegistered';
      data: { partnerId: string; kind: PartnerKind; name: string; municipality: string; contact: PartnerContact };
    }
  | { type: 'PartnerContactUpdated'; data: { partnerId: string; contact: PartnerContact } }
  | { type: 'PartnerDeactivated'; data: { partnerId: string; reason: string } }
  | { type: 'PartnerReactivated'; data: { partnerId: string; reason: string } };

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const PARTNER_EVENT_TYPE_SET: Record<PartnerEvent['type'], true> = {
  PartnerRegistered: true,
  PartnerContactUpdated: true,
  PartnerDeactivated: true,
  PartnerReactivated: true,
};
export const PARTNER_EVENT_TYPES = Object.keys(PARTNER_EVENT_TYPE_SET) as Array<PartnerEvent['type']>;
