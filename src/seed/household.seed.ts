import { MemberRole } from '../families/family.events';
import { fiscalCodeOf } from './fiscal-code.generate';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './italian-names';
import { COMUNI, COUNTRIES, Comune, Country, STREETS } from './italian-places';
import { Random } from './random';
import { Step } from './seed.plan';
import { dateOf } from './timeline';

/** One household (nucleo familiare): 1–2 parents or a guardian, sometimes another adult, 1–3 minors. */
export interface Person {
  ref: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'M' | 'F';
  role: MemberRole;
  /** How the workers call them in notes: madre, padre, nonna, compagno della madre, or the minor's name. */
  called: string;
  fiscalCode?: string;
}

export interface Household {
  comune: Comune;
  address: string;
  members: Person[];
  /** The minors, those with a case first, in the order of the ages asked for. */
  minors: Person[];
  /** Who holds parental responsibility: parents, or the guardian. */
  holders: Person[];
}

const YEAR = 365;

export const planHousehold = (random: Random, asOfDay: number, caseMinorAges: readonly number[]): Household => {
  const comune = COMUNI[Number(random.weighted(Object.fromEntries(COMUNI.map((c, i) => [i, c.weight]))))];
  const country: Country | undefined = random.chance(0.15) ? random.pick(COUNTRIES) : undefined;
  const fatherName = country ? random.pick(country.family) : random.pick(FAMILY_NAMES);
  const motherName = country && random.chance(0.8) ? random.pick(country.family) : random.pick(FAMILY_NAMES);
  const used = new Set<string>();
  const members: Person[] = [];
  const person = (sex: 'M' | 'F', familyName: string, ageDays: number, role: MemberRole, called: string, abroad?: Country): Person => {
    const names = abroad ? (sex === 'M' ? abroad.male : abroad.female) : sex === 'M' ? MALE_NAMES : FEMALE_NAMES;
    let givenName = random.pick(names);
    while (used.has(givenName)) givenName = random.pick(names);
    used.add(givenName);
    const birthDate = dateOf(asOfDay - ageDays);
    const birthplace = abroad ? abroad.belfiore : random.chance(0.8) ? comune.belfiore : random.pick(COMUNI).belfiore;
    const hasCode = random.chance(abroad ? 0.7 : 0.88);
    const p: Person = { ref: `m${members.length}`, givenName, familyName, birthDate, sex, role, called };
    if (hasCode) p.fiscalCode = fiscalCodeOf({ givenName, familyName, birthDate, sex, birthplace });
    members.push(p);
    return p;
  };

  const others = random.weighted({ '1': 45, '2': 38, '3': 17 });
  const count = Math.max(caseMinorAges.length, Number(others));
  const ages = [...caseMinorAges];
  while (ages.length < count) ages.push(random.int(0, 17) * YEAR + random.int(30, 364));
  const oldest = Math.max(...ages);
  const motherAge = oldest + random.int(19, 36) * YEAR + random.int(0, 364);
  const shape = random.weighted({ couple: 60, mother: 32, father: 5, guardian: 3 });
  const childName = shape === 'mother' && random.chance(0.3) ? motherName : fatherName;

  const holders: Person[] = [];
  if (shape === 'couple' || shape === 'mother') holders.push(person('F', motherName, motherAge, 'parent', 'madre', country));
  if (shape === 'couple' || shape === 'father')
    holders.push(person('M', fatherName, motherAge + random.int(0, 8) * YEAR, 'parent', 'padre', country));
  if (shape === 'guardian')
    holders.push(person('F', random.pick(FAMILY_NAMES), motherAge + random.int(22, 28) * YEAR, 'guardian', 'nonna (tutrice)'));
  if (random.chance(0.12)) {
    const grandmother = random.chance(0.6);
    const age = grandmother ? motherAge + random.int(20, 30) * YEAR : motherAge + random.int(-3, 6) * YEAR;
    person(grandmother ? 'F' : 'M', random.pick(FAMILY_NAMES), age, 'other-adult', grandmother ? 'nonna materna' : 'compagno della madre');
  }
  const minors = ages.map((age) => {
    const sex = random.chance(0.5) ? 'M' : 'F';
    const minor = person(sex, childName, age, 'minor', '');
    minor.called = minor.givenName;
    return minor;
  });
  return { comune, address: `${random.pick(STREETS)} ${random.int(1, 180)}`, members, minors, holders };
};

/** Registering the household, then each member: the first steps of a family. */
export const householdSteps = (household: Household, label: string): Step[] => [
  {
    name: `${label}: register the household in ${household.comune.name}`,
    key: 'family',
    path: '/families',
    body: { municipality: { istatCode: household.comune.istatCode, name: household.comune.name }, address: household.address },
    saves: 'family',
    counts: ['families'],
  },
  ...household.members.map(({ ref, givenName, familyName, birthDate, sex, role, fiscalCode }): Step => ({
    name: `${label}: add ${role} ${givenName} ${familyName}`,
    key: ref,
    path: '/families/@{family}/members',
    body: { givenName, familyName, birthDate, sex, role, ...(fiscalCode && { fiscalCode }) },
    saves: ref,
    counts: ['members'],
  })),
];
