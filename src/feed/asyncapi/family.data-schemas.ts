import { FamilyEvent, MEMBER_ROLES, RELATION_KINDS, SEXES } from '../../families/family.events';
import { JsonSchema, authority, date, object, oneOf, text, uuid } from './json-schema';

const birthPlace: JsonSchema = {
  description: 'A comune (ISTAT code and official name) or a state abroad (ISO 3166-1 alpha-2)',
  oneOf: [object({ istatCode: text, name: text }), object({ country: text })],
};
const person = { givenName: text, familyName: text, birthDate: date, sex: oneOf(SEXES), fiscalCode: text, birthPlace };
const correctable = { ...person, role: oneOf(MEMBER_ROLES) };

/** The data of every public family event (family.publications.ts), by internal type. */
export const FAMILY_DATA_SCHEMAS: { [K in FamilyEvent['type']]: JsonSchema } = {
  FamilyRegistered: object({
    familyId: uuid,
    municipality: object({ istatCode: { type: 'string', pattern: '^\\d{6}$', description: 'ISTAT municipality code' }, name: text }),
    address: text,
  }),
  FamilyMemberAdded: object(
    {
      familyId: uuid,
      memberId: uuid,
      personId: { ...uuid, description: 'The person registry id, when the member is one' },
      role: oneOf(MEMBER_ROLES),
      ...person,
    },
    ['fiscalCode', 'personId', 'birthPlace'],
  ),
  FamilyMemberDetailsCorrected: object({
    familyId: uuid,
    memberId: uuid,
    corrections: { ...object(correctable, Object.keys(correctable)), description: 'Only the corrected fields' },
  }),
  FamilyMemberRemoved: object({ familyId: uuid, memberId: uuid }),
  FamilyRelationRecorded: object(
    {
      familyId: uuid,
      relationId: uuid,
      kind: oneOf(RELATION_KINDS),
      fromId: uuid,
      toId: uuid,
      since: date,
      degree: { type: 'integer', minimum: 1, maximum: 6 },
      decree: object({ authority, decreeNumber: text, decreeDate: date }),
    },
    ['since', 'degree', 'decree'],
  ),
  FamilyRelationEnded: object({ familyId: uuid, relationId: uuid, endedOn: date }),
};
