export const MEMBER_ROLES = ['minor', 'parent', 'guardian', 'other-adult'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export const SEXES = ['M', 'F', 'X'] as const;
export type Sex = (typeof SEXES)[number];

export interface Municipality {
  istatCode: string;
  name: string;
}

export interface PersonDetails {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  fiscalCode?: string;
}

export type FamilyEvent =
  | { type: 'FamilyRegistered'; data: { familyId: string; municipality: Municipality; address: string } }
  | { type: 'FamilyMemberAdded'; data: { familyId: string; memberId: string; role: MemberRole } & PersonDetails }
  | {
      type: 'FamilyMemberDetailsCorrected';
      data: { familyId: string; memberId: string; corrections: Partial<PersonDetails & { role: MemberRole }>; reason: string };
    }
  | { type: 'FamilyMemberRemoved'; data: { familyId: string; memberId: string; reason: string } };

export const familyStream = (familyId: string): string => `family-${familyId}`;

/** Exhaustive by construction: the Record fails to compile when a type is missing or extra. */
const FAMILY_EVENT_TYPE_SET: Record<FamilyEvent['type'], true> = {
  FamilyRegistered: true,
  FamilyMemberAdded: true,
  FamilyMemberDetailsCorrected: true,
  FamilyMemberRemoved: true,
};
export const FAMILY_EVENT_TYPES = Object.keys(FAMILY_EVENT_TYPE_SET) as Array<FamilyEvent['type']>;
