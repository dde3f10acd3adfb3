import { defineProjection } from '../projections/define/define-projection';
import { defineTable } from '../projections/define/table';
import { PersonDetails } from '../families/family.events';
import { searchNameOf } from './person-names';

export const PEOPLE = 'people';

type PersonRow = {
  person_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
  sex: string;
  fiscal_code: string | null;
  search_name: string;
  merged_into: string | null;
  /** false for a household member added before the registry, known only from its family's events. */
  in_registry: boolean;
  registered_by: string;
};

const people = defineTable<PersonRow>({
  name: 'people',
  columns: {
    person_id: 'uuid NOT NULL',
    given_name: 'text NOT NULL',
    family_name: 'text NOT NULL',
    birth_date: 'date NOT NULL',
    sex: 'text NOT NULL',
    fiscal_code: 'text',
    search_name: 'text NOT NULL',
    merged_into: 'uuid',
    in_registry: 'boolean NOT NULL',
    registered_by: 'text NOT NULL',
  },
  key: ['person_id'],
  indexes: ['(fiscal_code)', '(birth_date)', 'USING gin (search_name gin_trgm_ops)'],
});

const memberships = defineTable<{ person_id: string; family_id: string; role: string }>({
  name: 'people_households',
  columns: { person_id: 'uuid NOT NULL', family_id: 'uuid NOT NULL', role: 'text NOT NULL' },
  key: ['person_id', 'family_id'],
  indexes: ['(family_id)'],
});

const households = defineTable<{ family_id: string; istat_code: string; municipality: string; address: string; registered_by: string }>({
  name: 'people_families',
  columns: {
    family_id: 'uuid NOT NULL',
    istat_code: 'text NOT NULL',
    municipality: 'text NOT NULL',
    address: 'text NOT NULL',
    registered_by: 'text NOT NULL',
  },
  key: ['family_id'],
  indexes: ['(istat_code)'],
});

/** The cases of each minor, for the family map and for finding a household by its R.G. number. */
const cases = defineTable<{ case_id: string; family_id: string; minor_id: string; status: string; proceeding_numbers: string[] }>({
  name: 'people_cases',
  columns: {
    case_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    minor_id: 'uuid NOT NULL',
    status: 'text NOT NULL',
    proceeding_numbers: 'text[] NOT NULL',
  },
  key: ['case_id'],
  indexes: ['(minor_id)', '(family_id)', 'USING gin (proceeding_numbers)'],
});

const withProceeding = (numbers: string[], number: string | undefined): string[] =>
  number && !numbers.includes(number) ? [...numbers, number] : numbers;

/** A person's row from their identity, whoever records it (the registry, or a household before it). */
const personRow = (personId: string, identity: PersonDetails, inRegistry: boolean, registeredBy: string): PersonRow => ({
  person_id: personId,
  given_name: identity.givenName,
  family_name: identity.familyName,
  birth_date: identity.birthDate,
  sex: identity.sex,
  fiscal_code: identity.fiscalCode ?? null,
  search_name: searchNameOf(identity),
  merged_into: null,
  in_registry: inRegistry,
  registered_by: registeredBy,
});

/** The row with the corrected fields, its search name following the names. */
const corrected = (row: PersonRow, corrections: Partial<PersonDetails>): PersonRow => {
  const givenName = corrections.givenName ?? row.given_name;
  const familyName = corrections.familyName ?? row.family_name;
  return {
    ...row,
    given_name: givenName,
    family_name: familyName,
    birth_date: corrections.birthDate ?? row.birth_date,
    sex: corrections.sex ?? row.sex,
    fiscal_code: corrections.fiscalCode ?? row.fiscal_code,
    search_name: searchNameOf({ givenName, familyName }),
  };
};

/** The person registry as search needs it: people, the households they belong to, and the households' places. */
export const peopleProjection = defineProjection({
  name: PEOPLE,
  version: 1,
  tables: { people, memberships, households, cases },
  on: {
    CaseOpened: (d, _facts, rows) =>
      rows.cases.insertIfAbsent({
        case_id: d.caseId,
        family_id: d.familyId,
        minor_id: d.minorId,
        status: 'open',
        proceeding_numbers: d.intake.kind === 'judicial' ? [d.intake.proceedingNumber] : [],
      }),
    JudicialMandateReceived: (d, _facts, rows) =>
      rows.cases.update({ case_id: d.caseId }, (row) => ({
        ...row,
        proceeding_numbers: withProceeding(row.proceeding_numbers, d.proceedingNumber),
      })),
    CaseClosed: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, status: 'closed' })),
    CaseReopened: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, status: 'open' })),
    PersonRegistered: (d, facts, rows) => rows.people.put(personRow(d.personId, d, true, facts.actor.id)),
    PersonDetailsCorrected: (d, _facts, rows) => rows.people.update({ person_id: d.personId }, (row) => corrected(row, d.corrections)),
    PersonMerged: (d, _facts, rows) => rows.people.update({ person_id: d.personId }, (row) => ({ ...row, merged_into: d.into })),
    FamilyRegistered: (d, facts, rows) =>
      rows.households.put({
        family_id: d.familyId,
        istat_code: d.municipality.istatCode,
        municipality: d.municipality.name,
        address: d.address,
        registered_by: facts.actor.id,
      }),
    FamilyMemberAdded: (d, facts, rows) => {
      const personId = d.personId ?? d.memberId;
      rows.memberships.put({ person_id: personId, family_id: d.familyId, role: d.role });
      // A member from before the registry is still a person to find and to check duplicates against.
      rows.people.insertIfAbsent(personRow(personId, d, false, facts.actor.id));
    },
    FamilyMemberDetailsCorrected: (d, _facts, rows) => {
      const { role, ...identity } = d.corrections;
      if (role) rows.memberships.update({ person_id: d.memberId, family_id: d.familyId }, (row) => ({ ...row, role }));
      // The registry's own corrections win over a household's copy.
      rows.people.update({ person_id: d.memberId }, (row) => (row.in_registry ? row : corrected(row, identity)));
    },
    FamilyMemberRemoved: (d, _facts, rows) => rows.memberships.delete({ person_id: d.memberId, family_id: d.familyId }),
  },
});
