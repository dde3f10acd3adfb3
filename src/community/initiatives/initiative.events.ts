export const INITIATIVE_KINDS = ['awareness', 'prevention', 'partner-training', 'parent-group', 'other'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const PARTICIPANT_CATEGORIES = ['parents', 'minors', 'teachers', 'operators', 'citizens'] as const;
export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];
export type Participants = Record<ParticipantCategory, number>;

export interface InitiativePlan {
  title: string;
  kind: InitiativeKind;
  /** ISTAT codes of the promoting municipalities, at least one. */
  municipalities: string[];
  partnerIds: string[];
  /** When it takes place (ISO 8601 instant). */
  scheduledAt: string;
  place: string;
}

export type InitiativeEvent =
  | { type: 'InitiativePlanned'; data: { initiativeId: string } & InitiativePlan }
  | { type: 'InitiativeHeld'; data: { initiativeId: string; participants: Participants } }
  | { type: 'InitiativeCancelled'; data: { initiativeId: string; reason: string } };

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const INITIATIVE_EVENT_TYPE_SET: Record<InitiativeEvent['type'], true> = {
  InitiativePlanned: true,
  InitiativeHeld: true,
  InitiativeCancelled: true,
};
export const INITIATIVE_EVENT_TYPES = Object.keys(INITIATIVE_EVENT_TYPE_SET) as Array<InitiativeEvent['type']>;
