import { ProjectionTable } from '../projection';

/** Partners, initiatives and reports, one row each, with what their lists filter and sort on. */
export const COMMUNITY_TABLES: ProjectionTable[] = [
  {
    name: 'community_partners',
    ddl: (t) => `
      CREATE TABLE ${t} (
        partner_id uuid PRIMARY KEY,
        kind text NOT NULL,
        name text NOT NULL,
        municipality text NOT NULL,
        active boolean NOT NULL,
        registered_at timestamptz NOT NULL
      );
      CREATE INDEX ON ${t} (municipality, kind);`,
  },
  {
    name: 'community_initiatives',
    ddl: (t) => `
      CREATE TABLE ${t} (
        initiative_id uuid PRIMARY KEY,
        title text NOT NULL,
        kind text NOT NULL,
        municipalities text[] NOT NULL,
        partner_ids uuid[] NOT NULL,
        scheduled_at timestamptz NOT NULL,
        place text NOT NULL,
        status text NOT NULL,
        participants jsonb,
        held_at timestamptz
      );
      CREATE INDEX ON ${t} (scheduled_at, initiative_id);`,
  },
  {
    name: 'community_reports',
    ddl: (t) => `
      CREATE TABLE ${t} (
        report_id uuid PRIMARY KEY,
        source_kind text NOT NULL,
        partner_id uuid,
        serious_harm boolean NOT NULL,
        received_at timestamptz NOT NULL,
        screening_due_at timestamptz NOT NULL,
        outcome text,
        case_id uuid,
        screened_at timestamptz
      );
      CREATE INDEX ON ${t} (screening_due_at, report_id);`,
  },
];
