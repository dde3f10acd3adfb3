import { FamilyEvent } from '../../families/family.events';
import { Publication, defined } from './integration-event';

type FamilyPublications = { [K in FamilyEvent['type']]: Publication<Extract<FamilyEvent, { type: K }>['data']> };

/** Households carry names, fiscal codes and addresses: personal, `feed` scope only, except a member's removal. */
export const FAMILY_PUBLICATIONS: FamilyPublications = {
  FamilyRegistered: {
    type: 'family.registered.v1',
    personal: true,
    data: (d) => ({ familyId: d.familyId, municipality: d.municipality, address: d.address }),
  },
  FamilyMemberAdded: {
    type: 'family.member-added.v1',
    personal: true,
    data: (d) =>
      defined({
        familyId: d.familyId,
        memberId: d.memberId,
        personId: d.personId,
        role: d.role,
        givenName: d.givenName,
        familyName: d.familyName,
        birthDate: d.birthDate,
        sex: d.sex,
        fiscalCode: d.fiscalCode,
        birthPlace: d.birthPlace,
      }),
  },
  FamilyMemberDetailsCorrected: {
    type: 'family.member-corrected.v1',
    personal: true,
    data: (d) => ({ familyId: d.familyId, memberId: d.memberId, corrections: d.corrections }),
  },
  FamilyMemberRemoved: {
    type: 'family.member-removed.v1',
    personal: false,
    data: (d) => ({ familyId: d.familyId, memberId: d.memberId }),
  },
  // Who is whose parent or guardian is about identified people: personal, like the members themselves.
  FamilyRelationRecorded: {
    type: 'family.relation-recorded.v1',
    personal: true,
    data: (d) =>
      defined({
        familyId: d.familyId,
        relationId: d.relationId,
        kind: d.kind,
        fromId: d.fromId,
        toId: d.toId,
        since: d.since,
        degree: d.degree,
        decree: d.decree,
      }),
  },
  FamilyRelationEnded: {
    type: 'family.relation-ended.v1',
    personal: false,
    data: (d) => ({ familyId: d.familyId, relationId: d.relationId, endedOn: d.endedOn }),
  },
};
