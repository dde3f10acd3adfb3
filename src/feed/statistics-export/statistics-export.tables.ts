import { ProjectionTable } from '../../projections/projection';

/**
 * Per case, only what a SINBA row may say: kinds, reasons, dates and the family's ISTAT code. The case, family and minor
 * UUIDs are kept to join and to pseudonymise; they never leave the query. No names, addresses, fiscal codes or free text.
 */
export const STATISTICS_EXPORT_TABLES: ProjectionTable[] = [
  {
    name: 'statistics_export_cases',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        minor_id uuid NOT NULL,
        birth_month text NOT NULL,
        intake_kind text NOT NULL,
        referrer_kind text,
        authority text,
        opened_at timestamptz NOT NULL
      );
      CREATE INDEX ON ${t} (minor_id);
      CREATE INDEX ON ${t} (opened_at);`,
  },
  {
    // Spell 0 runs from CaseOpened; each CaseReopened starts the next; CaseClosed ends the open one.
    name: 'statistics_export_spells',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid NOT NULL,
        spell int NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        closure_reason text,
        PRIMARY KEY (case_id, spell)
      );`,
  },
  {
    // One table for every dated item of a case, so each list of a row is one kind@date column.
    name: 'statistics_export_items',
    ddl: (t) => `
      CREATE TABLE ${t} (
        case_id uuid NOT NULL,
        category text NOT NULL,
        item_id text NOT NULL,
        kind text,
        started_on date,
        ended_on date,
        PRIMARY KEY (case_id, category, item_id)
      );`,
  },
  {
    name: 'statistics_export_families',
    ddl: (t) => `CREATE TABLE ${t} (family_id uuid PRIMARY KEY, istat_code text NOT NULL);`,
  },
];

/** What an item row of statistics_export_items is: its kind is a risk level, an intervention, measure or place kind. */
export const ITEM_CATEGORIES = ['assessment', 'intervention', 'measure', 'placement'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
