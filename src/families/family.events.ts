export const MEMBER_ROLES = ['minor', 'parent', 'guardian', 'other-adult'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const SEXES = ['M', 'F', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export interface Municipality {
  istatCode: string;
  name: string;
}

/** Where a person was born: an Italian comune (its ISTAT code and official name), or a state abroad (ISO 3166-1 alpha-2). */
export type BirthPlace = { istatCode: string; name: string } | { country: string };

export interface PersonDetails {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  fiscalCode?: string;
  birthPlace?: BirthPlace;
}

/**
 * Ties between people of the household. parent-of, step-parent-of and guardian-of read "from is ... of to";
 * sibling-of, partner-of and lives-with hold both ways; relative-of carries the degree (art. 74-77 c.c.).
 */
export const RELATION_KINDS = [
  'parent-of',
  'step-parent-of',
  'sibling-of',
  'partner-of',
  'guardian-of',
  'lives-with',
  'relative-of',
] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationKind> = new Set(['sibling-of', 'partner-of', 'lives-with', 'relative-of']);

/** The court's act that appoints a guardian (tutore). */
export interface GuardianshipDecree {
  authority: string;
  decreeNumber: string;
  decreeDate: string;
}

export interface FamilyRelation {
  relationId: string;
  kind: RelationKind;
  fromId: string;
  toId: string;
  since?: string;
  /** relative-of only: 1 to 6, as the civil code counts it. */
  degree?: number;
  /** guardian-of only. */
  decree?: GuardianshipDecree;
}

export type FamilyEvent =
  | { type: 'FamilyRegistered'; data: { familyId: string; municipality: Municipality; address: string } }
  /** personId: the member is a person of the registry (memberId is then the same id); absent on older members. */
  | { type: 'FamilyMemberAdded'; data: { familyId: string; memberId: string; role: MemberRole; personId?: string } & PersonDetails }
  | {
      type: 'FamilyMemberDetailsCorrected';
      data: { familyId: string; memberId: string; corrections: Partial<PersonDetails & { role: MemberRole }>; reason: string };
    }
  | { type: 'FamilyMemberRemoved'; data: { familyId: string; memberId: string; reason: string } }
  | { type: 'FamilyRelationRecorded'; data: { familyId: string } & FamilyRelation }
  | { type: 'FamilyRelationEnded'; data: { familyId: string; relationId: string; endedOn: string; reason?: string } };

export const familyStream = (familyId: string): string => `family-${familyId}`;

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const FAMILY_EVENT_TYPE_SET: Record<FamilyEvent['type'], true> = {
  FamilyRegistered: true,
  FamilyMemberAdded: true,
  FamilyMemberDetailsCorrected: true,
  FamilyMemberRemoved: true,
  FamilyRelationRecorded: true,
  FamilyRelationEnded: true,
};
export const FAMILY_EVENT_TYPES = Object.keys(FAMILY_EVENT_TYPE_SET) as Array<FamilyEvent['type']>;
