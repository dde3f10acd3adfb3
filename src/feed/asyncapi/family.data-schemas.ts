import { FamilyEvent, MEMBER_ROLES, SEXES } from '../../families/family.events';
import { JsonSchema, date, object, oneOf, text, uuid } from './json-schema';

const person = { givenName: text, familyName: text, birthDate: date, sex: oneOf(SEXES), fiscalCode: text };
const correctable = { ...person, role: oneOf(MEMBER_ROLES) };

/** The data of every public family event (family.publications.ts), by internal type. */
export const FAMILY_DATA_SCHEMAS: { [K in FamilyEvent['type']]: JsonSchema } = {
  FamilyRegistered: object({
    familyId: uuid,
    municipality: object({ istatCode: { type: 'string', pattern: '^\\d{6}$', description: 'ISTAT municipality code' }, name: text }),
    address: text,
  }),
  FamilyMemberAdded: object({ familyId: uuid, memberId: uuid, role: oneOf(MEMBER_ROLES), ...person }, ['fiscalCode']),
  FamilyMemberDetailsCorrected: object({
    familyId: uuid,
    memberId: uuid,
    corrections: { ...object(correctable, Object.keys(correctable)), description: 'Only the corrected fields' },
  }),
  FamilyMemberRemoved: object({ familyId: uuid, memberId: uuid }),
};
