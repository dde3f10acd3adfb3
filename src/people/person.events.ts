import { PersonDetails } from '../families/family.events';

/** Who a person is, as the registry keeps it: the household facts (role, address) live in the families. */
export interface PersonIdentity extends PersonDetails {
  /** ISO 3166-1 alpha-2 codes, Italian first when held. */
  citizenship?: string[];
}

export type PersonEvent =
  | { type: 'PersonRegistered'; data: { personId: string } & PersonIdentity }
  | { type: 'PersonDetailsCorrected'; data: { personId: string; corrections: Partial<PersonIdentity>; reason: string } }
  /** Appended to the duplicate's stream: its history stays, and every reference to it now means `into`. */
  | { type: 'PersonMerged'; data: { personId: string; into: string; reason: string } };

export const personStream = (personId: string): string => `person-${personId}`;

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const PERSON_EVENT_TYPE_SET: Record<PersonEvent['type'], true> = {
  PersonRegistered: true,
  PersonDetailsCorrected: true,
  PersonMerged: true,
};
export const PERSON_EVENT_TYPES = Object.keys(PERSON_EVENT_TYPE_SET) as Array<PersonEvent['type']>;
