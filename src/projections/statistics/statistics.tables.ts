import { ProjectionTable } from '../projection';

/** Dates are Europe/Rome calendar dates. No names, birth dates, addresses or free text: counts are all statistics answer. */
export const STATISTICS_TABLES: ProjectionTable[] = [
  {
    name: 'statistics_cases',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        municipality_istat text,
        intake_kind text NOT NULL,
        referrer_kind text,
        opened_on date NOT NULL
      );
      CREATE INDEX ON ${t} (opened_on);
      CREATE INDEX ON ${t} (family_id);`,
  },
  {
    // Spell 0 runs from CaseOpened; each CaseReopened starts the next; CaseClosed ends the open one.
    name: 'statistics_spells',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid NOT NULL,
        spell int NOT NULL,
        opened_on date NOT NULL,
        closed_on date,
        closure_reason text,
        PRIMARY KEY (case_id, spell)
      );
      CREATE INDEX ON ${t} (closed_on);`,
  },
  {
    name: 'statistics_measures',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid NOT NULL,
        measure_id text NOT NULL,
        kind text,
        ordered_on date,
        PRIMARY KEY (case_id, measure_id)
      );
      CREATE INDEX ON ${t} (ordered_on);`,
  },
  {
    name: 'statistics_placements',
    ddl: (t) =>
      `CREATE TABLE ${t} (case_id uuid NOT NULL, placement_id text NOT NULL, placed_on date NOT NULL, PRIMARY KEY (case_id, placement_id));`,
  },
  {
    name: 'statistics_families',
    ddl: (t) => `CREATE TABLE ${t} (family_id uuid PRIMARY KEY, istat_code text NOT NULL);`,
  },
];
