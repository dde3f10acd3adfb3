import { ProjectionTable } from '../projection';

/**
 * One row per deadline with the facts that settle it (met or cancelled, by which event, when);
 * `lapsed` is never stored: it depends on now; lapsed_by_event_id is the MeasureLapsed that followed a missed art. 403 step. Beside it, what settling needs: the case, its team, the art. 403 hearings.
 */
export const DEADLINE_TABLES: ProjectionTable[] = [
  {
    name: 'deadlines',
    ddl: (t) => `
      CREATE TABLE ${t} (
        id text PRIMARY KEY,
        case_id uuid,
        kind text NOT NULL,
        legal_basis text NOT NULL,
        due_at timestamptz NOT NULL,
        subject_id text,
        opens_at timestamptz,
        warn_from timestamptz,
        shown_from timestamptz,
        authority text,
        proceeding_number text,
        proceeding_key text,
        met_by_event_id uuid,
        met_by_event_type text,
        met_at timestamptz,
        cancelled_by_event_id uuid,
        cancelled_by_event_type text,
        cancelled_at timestamptz,
        lapsed_by_event_id uuid
      );
      CREATE INDEX ON ${t} (due_at, id);
      CREATE INDEX ON ${t} (case_id, kind);`,
  },
  {
    name: 'deadline_cases',
    // closed_by_event_id: the closure a reopening undoes.
    ddl: (t) => `CREATE TABLE ${t} (case_id uuid PRIMARY KEY, opened_by text NOT NULL, closed_by_event_id uuid);`,
  },
  {
    name: 'deadline_team',
    ddl: (t) => `CREATE TABLE ${t} (case_id uuid NOT NULL, worker_id text NOT NULL, PRIMARY KEY (case_id, worker_id));
      CREATE INDEX ON ${t} (worker_id);`,
  },
  {
    name: 'deadline_placements',
    // The first hearing scheduled for an art. 403 placement: it may come before the validation that opens the hearing step.
    ddl: (t) =>
      `CREATE TABLE ${t} (placement_id text PRIMARY KEY, hearing_event_id uuid NOT NULL, hearing_event_type text NOT NULL, hearing_at timestamptz NOT NULL);`,
  },
];
