import { defineTable } from '../../projections/define/table';

/**
 * Per case, only what a SINBA row may say: kinds, reasons, dates and the family's ISTAT code. The case, family and minor
 * UUIDs are kept to join and to pseudonymise; they never leave the query. No names, addresses, fiscal codes or free text.
 */
export const exportCases = defineTable<{
  case_id: string;
  family_id: string;
  minor_id: string;
  birth_month: string;
  intake_kind: string;
  referrer_kind: string | null;
  authority: string | null;
  opened_at: string;
}>({
  name: 'statistics_export_cases',
  columns: {
    case_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    minor_id: 'uuid NOT NULL',
    birth_month: 'text NOT NULL',
    intake_kind: 'text NOT NULL',
    referrer_kind: 'text',
    authority: 'text',
    opened_at: 'timestamptz NOT NULL',
  },
  key: ['case_id'],
  indexes: ['(minor_id)', '(opened_at)'],
});

/** Spell 0 runs from CaseOpened; each CaseReopened starts the next; CaseClosed ends the open one. */
export const exportSpells = defineTable<{
  case_id: string;
  spell: number;
  opened_at: string;
  closed_at: string | null;
  closure_reason: string | null;
}>({
  name: 'statistics_export_spells',
  columns: {
    case_id: 'uuid NOT NULL',
    spell: 'int NOT NULL',
    opened_at: 'timestamptz NOT NULL',
    closed_at: 'timestamptz',
    closure_reason: 'text',
  },
  key: ['case_id', 'spell'],
});

export type ExportItem = {
  case_id: string;
  category: string;
  item_id: string;
  kind: string | null;
  started_on: string | null;
  ended_on: string | null;
};

/** One table for every dated item of a case, so each list of a row is one kind@date column. */
export const exportItems = defineTable<ExportItem>({
  name: 'statistics_export_items',
  columns: {
    case_id: 'uuid NOT NULL',
    category: 'text NOT NULL',
    item_id: 'text NOT NULL',
    kind: 'text',
    started_on: 'date',
    ended_on: 'date',
  },
  key: ['case_id', 'category', 'item_id'],
});

export const exportFamilies = defineTable<{ family_id: string; istat_code: string }>({
  name: 'statistics_export_families',
  columns: { family_id: 'uuid NOT NULL', istat_code: 'text NOT NULL' },
  key: ['family_id'],
});

/** What an item row of statistics_export_items is: its kind is a risk level, an intervention, measure or place kind. */
export const ITEM_CATEGORIES = ['assessment', 'intervention', 'measure', 'placement'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];
