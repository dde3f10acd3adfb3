import { ProjectionTable } from '../projection';

/** One row per case, with what the list filters on; family facts are kept beside it to fill names and municipality. */
export const CASE_LIST_TABLES: ProjectionTable[] = [
  {
    name: 'case_list',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        minor_id uuid NOT NULL,
        minor_given_name text,
        minor_family_name text,
        minor_birth_date date NOT NULL,
        municipality_istat text,
        municipality_name text,
        status text NOT NULL,
        intake_kind text NOT NULL,
        referrer_kind text,
        opened_at timestamptz NOT NULL,
        opened_by text NOT NULL,
        closed_at timestamptz,
        closure_reason text,
        case_manager text,
        team text[] NOT NULL DEFAULT '{}',
        risk_level text,
        open_measures text[] NOT NULL DEFAULT '{}',
        revision bigint NOT NULL
      );
      CREATE INDEX ON ${t} (opened_at DESC, case_id DESC);
      CREATE INDEX ON ${t} (minor_id);
      CREATE INDEX ON ${t} (family_id);
      CREATE INDEX ON ${t} USING gin (team);`,
  },
  {
    name: 'case_list_people',
    ddl: (t) => `
      CREATE TABLE ${t} (
        member_id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        birth_date date NOT NULL
      );`,
  },
  {
    name: 'case_list_families',
    ddl: (t) => `CREATE TABLE ${t} (family_id uuid PRIMARY KEY, istat_code text NOT NULL, name text NOT NULL);`,
  },
];
