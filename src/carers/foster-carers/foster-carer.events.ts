/** Kinds of affido a foster household accepts: full-time (residenziale), part-time (diurno), emergency (pronta accoglienza). */
export const AFFIDO_KINDS = ['residential', 'part-time', 'emergency'] as const;
export type AffidoKind = (typeof AFFIDO_KINDS)[number];

/** One adult of the household who is a carer, as named when the household was registered as foster carers. */
export interface Carer {
  memberId: string;
  name: string;
}

/** What the household offers: the kinds of affido it accepts and how many children it can take at once. */
export interface FosterAvailability {
  accepts: AffidoKind[];
  places: number;
}

/**
 * Foster carers (affidatari) are people with a household: the family stream holds who they are, this stream which
 * of its adults are the carers, what they offer and when the service assessed them as suitable.
 */
export type FosterCarerEvent =
  | {
      type: 'FosterCarerRegistered';
      data: { fosterCarerId: string; familyId: string; carers: Carer[]; availability: FosterAvailability; assessedOn: string };
    }
  | { type: 'FosterCarerAvailabilityChanged'; data: { fosterCarerId: string; availability: FosterAvailability } }
  | { type: 'FosterCarerWithdrawn'; data: { fosterCarerId: string; withdrawnOn: string; reason: string } };

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const FOSTER_CARER_EVENT_TYPE_SET: Record<FosterCarerEvent['type'], true> = {
  FosterCarerRegistered: true,
  FosterCarerAvailabilityChanged: true,
  FosterCarerWithdrawn: true,
};
export const FOSTER_CARER_EVENT_TYPES = Object.keys(FOSTER_CARER_EVENT_TYPE_SET) as Array<FosterCarerEvent['type']>;

/** The household's carers as one line: "Luca Rossi, Anna Bianchi". */
export const carerNames = (carers: readonly Carer[]): string => carers.map((c) => c.name).join(', ');
