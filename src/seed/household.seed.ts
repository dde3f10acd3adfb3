import { MemberRole, RelationKind } from '../families/family.events';
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

/** A tie between two members, by their refs. */
export interface SeedRelation {
  kind: RelationKind;
  from: string;
  to: string;
}

/** The other home of separated parents: the parent who lives there, and the minors who also live there. */
export interface OtherHome {
  comune: Comune;
  address: string;
  parent: Person;
}

export interface Household {
  comune: Comune;
  address: string;
  members: Person[];
  relations: SeedRelation[];
  otherHome?: OtherHome;
  /** The minors, those with a case first, in the order of the ages asked for. */
  minors: Person[];
  /** Who holds parental responsibility: parents, or the guardian. */
  holders: Person[];
}

const YEAR = 365;

/** separated: the parents live apart, the children with the mother and part of the time with the father. */
export const planHousehold = (random: Random, asOfDay: number, caseMinorAges: readonly number[], separated = false): Household => {
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
  const drawn = random.weighted({ couple: 60, mother: 32, father: 5, guardian: 3 });
  const shape = separated ? 'mother' : drawn;
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
  const relations: SeedRelation[] = [];
  for (const holder of holders) {
    // A guardian's decree is the court's, not the seed's: the seed records parents and partners only.
    if (holder.role === 'parent') for (const minor of minors) relations.push({ kind: 'parent-of', from: holder.ref, to: minor.ref });
  }
  if (holders.length === 2) relations.push({ kind: 'partner-of', from: holders[0].ref, to: holders[1].ref });
  let otherHome: OtherHome | undefined;
  if (separated) {
    // The father lives elsewhere, and the children live with him part of the time.
    const parent = person(
      'M',
      childName === motherName ? random.pick(FAMILY_NAMES) : fatherName,
      motherAge + random.int(0, 8) * YEAR,
      'parent',
      'padre',
      country,
    );
    members.pop();
    parent.ref = 'father-elsewhere';
    otherHome = { comune: random.pick(COMUNI), address: `${random.pick(STREETS)} ${random.int(1, 180)}`, parent };
  }
  return { comune, address: `${random.pick(STREETS)} ${random.int(1, 180)}`, members, minors, holders, relations, otherHome };
};

const relationSteps = (relations: SeedRelation[], family: string, label: string): Step[] =>
  relations.map(({ kind, from, to }, index) => ({
    name: `${label}: ${from} ${kind} ${to}`,
    key: `${family}-relation-${index}`,
    path: `/families/@{${family}}/relations`,
    body: { kind, fromId: `@{${from}}`, toId: `@{${to}}` },
    counts: ['relations'],
  }));

/** The father's home: registered, the father added, the minors linked as the same people, and his ties to them. */
const otherHomeSteps = (household: Household, home: OtherHome, label: string): Step[] => {
  const { parent } = home;
  return [
    {
      name: `${label}: register the other home in ${home.comune.name}`,
      key: 'other-home',
      path: '/families',
      body: { municipality: { istatCode: home.comune.istatCode, name: home.comune.name }, address: home.address },
      saves: 'other-home',
      counts: ['households:other'],
    },
    {
      name: `${label}: add the father ${parent.givenName} ${parent.familyName}`,
      key: parent.ref,
      path: '/families/@{other-home}/members',
      body: { ...identityOf(parent), role: parent.role, confirmNewPerson: true },
      saves: parent.ref,
      counts: ['members'],
    },
    ...household.minors.map((minor): Step => ({
      name: `${label}: ${minor.givenName} lives with the father too`,
      key: `other-home-${minor.ref}`,
      path: '/families/@{other-home}/members',
      body: { personId: `@{${minor.ref}}`, role: 'minor' },
      counts: ['links'],
    })),
    ...relationSteps(
      household.minors.map((minor) => ({ kind: 'parent-of' as const, from: parent.ref, to: minor.ref })),
      'other-home',
      label,
    ),
  ];
};

const identityOf = ({ givenName, familyName, birthDate, sex, fiscalCode }: Person) => ({
  givenName,
  familyName,
  birthDate,
  sex,
  ...(fiscalCode && { fiscalCode }),
});

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
  // Generated people are distinct by construction: a chance likeness of names and birth dates is not a duplicate.
  ...household.members.map((member): Step => ({
    name: `${label}: add ${member.role} ${member.givenName} ${member.familyName}`,
    key: member.ref,
    path: '/families/@{family}/members',
    body: { ...identityOf(member), role: member.role, confirmNewPerson: true },
    saves: member.ref,
    counts: ['members'],
  })),
  ...relationSteps(household.relations, 'family', label),
  ...(household.otherHome ? otherHomeSteps(household, household.otherHome, label) : []),
];
