import { FacilityKind } from '../carers/facilities/facility.events';
import { COMUNI } from './italian-places';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './italian-names';
import { Random, hash32 } from './random';
import { FamilyPlan, Step } from './seed.plan';
import { dateOf } from './timeline';

/** The facilities every seed registers: refs the family stories place children in (story-protection.ts). */
const FACILITIES: Array<{ ref: string; kind: FacilityKind; name: string; capacity: number }> = [
  { ref: 'facility-pronta-1', kind: 'pronta-accoglienza', name: 'Pronta accoglienza Il Ponte', capacity: 6 },
  { ref: 'facility-educativa-1', kind: 'comunita-educativa', name: 'Comunità educativa Il Faro', capacity: 10 },
  { ref: 'facility-educativa-2', kind: 'comunita-educativa', name: 'Comunità educativa La Bussola', capacity: 8 },
  { ref: 'facility-familiare-1', kind: 'comunita-familiare', name: 'Casa famiglia Il Melograno', capacity: 6 },
  { ref: 'facility-madre-bambino-1', kind: 'comunita-madre-bambino', name: 'Comunità madre-bambino Casa Aurora', capacity: 5 },
  { ref: 'facility-autonomia-1', kind: 'alloggio-autonomia', name: "Alloggio per l'autonomia Spiccare il volo", capacity: 4 },
];
/** Refs by the place kind a story names: community kinds take the community facilities, mother–child ones Casa Aurora. */
export const COMMUNITY_FACILITY_REFS = ['facility-pronta-1', 'facility-educativa-1', 'facility-educativa-2', 'facility-familiare-1'];
export const MOTHER_CHILD_FACILITY_REF = 'facility-madre-bambino-1';
/** Foster households: the first ones take emergencies too (art. 403 placements with a foster family). */
export const FOSTER_CARER_REFS = ['foster-carer-0', 'foster-carer-1', 'foster-carer-2'];
export const EMERGENCY_FOSTER_CARER_REFS = ['foster-carer-0', 'foster-carer-1'];

/** Facilities and foster carers, sent after the community network and before the families, whose stories cite them. */
export const planCarers = (seed: number, asOfDay: number): FamilyPlan => {
  const random = new Random(hash32('tutela-seed-carers', seed));
  const steps: Step[] = FACILITIES.map((f, i) => {
    const comune = COMUNI[i % 6];
    return {
      name: `carers: ${f.name}`,
      key: f.ref,
      path: '/facilities',
      body: {
        name: f.name,
        kind: f.kind,
        capacity: f.capacity,
        municipality: { istatCode: comune.istatCode, name: comune.name },
        address: `Via ${random.pick(FAMILY_NAMES)} ${random.int(1, 120)}`,
        authorisation: { region: 'Lombardia', actNumber: `DGR ${random.int(100, 9999)}/2021`, actDate: dateOf(asOfDay - 5 * 365 - i * 30) },
      },
      saves: f.ref,
      counts: ['facilities'],
    };
  });
  FOSTER_CARER_REFS.forEach((ref, i) => {
    const familyName = random.pick(FAMILY_NAMES);
    const comune = COMUNI[i % 4];
    steps.push({
      name: `carers: household ${familyName}`,
      key: `${ref}-family`,
      path: '/families',
      body: {
        municipality: { istatCode: comune.istatCode, name: comune.name },
        address: `Via ${random.pick(FAMILY_NAMES)} ${random.int(1, 80)}`,
      },
      saves: `${ref}-family`,
    });
    const adult = (suffix: string, sex: 'F' | 'M', role: string): Step => ({
      name: `carers: ${familyName} ${suffix}`,
      key: `${ref}-${suffix}`,
      path: `/families/@{${ref}-family}/members`,
      body: {
        givenName: random.pick(sex === 'F' ? FEMALE_NAMES : MALE_NAMES),
        familyName,
        birthDate: dateOf(asOfDay - random.int(38, 55) * 365),
        sex,
        role,
        confirmNewPerson: true, // generated people are distinct by construction
      },
      saves: `${ref}-${suffix}`,
      counts: ['members' as const],
    });
    steps.push(adult('a', 'F', 'parent'), adult('b', 'M', 'parent'));
    steps.push({
      name: `carers: foster carers ${familyName}`,
      key: ref,
      path: '/foster-carers',
      body: {
        familyId: `@{${ref}-family}`,
        carerIds: [`@{${ref}-a}`, `@{${ref}-b}`],
        availability: {
          accepts: EMERGENCY_FOSTER_CARER_REFS.includes(ref) ? ['residential', 'emergency'] : ['residential', 'part-time'],
          places: 2,
        },
        assessedOn: dateOf(asOfDay - 4 * 365 + i * 20),
      },
      saves: ref,
      counts: ['fosterCarers'],
    });
  });
  return { index: -2, scope: 'carers', steps };
};
