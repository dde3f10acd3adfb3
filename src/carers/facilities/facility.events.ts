import { Municipality } from '../../families/family.events';

/**
 * Residential communities by their regional typology (terms of art, kept in Italian): comunità educativa per minori,
 * comunità madre-bambino, comunità familiare / casa famiglia, pronta accoglienza, alloggio per l'autonomia.
 */
export const FACILITY_KINDS = [
  'comunita-educativa',
  'comunita-madre-bambino',
  'comunita-familiare',
  'pronta-accoglienza',
  'alloggio-autonomia',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/** The region's authorisation to operate (autorizzazione al funzionamento): which region, which act, when. */
export interface FacilityAuthorisation {
  region: string;
  actNumber: string;
  actDate: string; // YYYY-MM-DD
}

export type FacilityEvent =
  | {
      type: 'FacilityRegistered';
      data: {
        facilityId: string;
        name: string;
        kind: FacilityKind;
        capacity: number;
        municipality: Municipality;
        address: string;
        authorisation: FacilityAuthorisation;
      };
    }
  | { type: 'FacilityCapacityChanged'; data: { facilityId: string; capacity: number; reason: string } }
  | { type: 'FacilityClosed'; data: { facilityId: string; closedOn: string; reason: string } };

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const FACILITY_EVENT_TYPE_SET: Record<FacilityEvent['type'], true> = {
  FacilityRegistered: true,
  FacilityCapacityChanged: true,
  FacilityClosed: true,
};
export const FACILITY_EVENT_TYPES = Object.keys(FACILITY_EVENT_TYPE_SET) as Array<FacilityEvent['type']>;
