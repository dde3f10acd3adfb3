import { defineTable } from '../define/table';

/** Dates are Europe/Rome calendar dates. No names, birth dates, addresses or free text: counts are all statistics answer. */
export const statisticsCases = defineTable<{
  case_id: string;
  family_id: string;
  municipality_istat: string | null;
  intake_kind: string;
  referrer_kind: string | null;
  opened_on: string;
}>({
  name: 'statistics_cases',
  columns: {
    case_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    municipality_istat: 'text',
    intake_kind: 'text NOT NULL',
    referrer_kind: 'text',
    opened_on: 'date NOT NULL',
  },
  key: ['case_id'],
  indexes: ['(opened_on)', '(family_id)'],
});

/** Spell 0 runs from CaseOpened; each CaseReopened starts the next; CaseClosed ends the open one. */
export const statisticsSpells = defineTable<{
  case_id: string;
  spell: number;
  opened_on: string;
  closed_on: string | null;
  closure_reason: string | null;
}>({
  name: 'statistics_spells',
  columns: { case_id: 'uuid NOT NULL', spell: 'int NOT NULL', opened_on: 'date NOT NULL', closed_on: 'date', closure_reason: 'text' },
  key: ['case_id', 'spell'],
  indexes: ['(closed_on)'],
});

export const statisticsMeasures = defineTable<{ case_id: string; measure_id: string; kind: string | null; ordered_on: string | null }>({
  name: 'statistics_measures',
  columns: { case_id: 'uuid NOT NULL', measure_id: 'text NOT NULL', kind: 'text', ordered_on: 'date' },
  key: ['case_id', 'measure_id'],
  indexes: ['(ordered_on)'],
});

export const statisticsPlacements = defineTable<{ case_id: string; placement_id: string; placed_on: string }>({
  name: 'statistics_placements',
  columns: { case_id: 'uuid NOT NULL', placement_id: 'text NOT NULL', placed_on: 'date NOT NULL' },
  key: ['case_id', 'placement_id'],
});

export const statisticsFamilies = defineTable<{ family_id: string; istat_code: string }>({
  name: 'statistics_families',
  columns: { family_id: 'uuid NOT NULL', istat_code: 'text NOT NULL' },
  key: ['family_id'],
});

/** A need an assessment found: its domain, when, and the day a review found a goal answering it achieved. */
export const statisticsNeeds = defineTable<{
  case_id: string;
  need_id: string;
  domain: string;
  identified_on: string;
  met_on: string | null;
}>({
  name: 'statistics_needs',
  columns: { case_id: 'uuid NOT NULL', need_id: 'text NOT NULL', domain: 'text NOT NULL', identified_on: 'date NOT NULL', met_on: 'date' },
  key: ['case_id', 'need_id'],
  indexes: ['(identified_on)', '(met_on)'],
});

/** Which needs each plan goal answers: a review's "achieved" meets them. */
export const statisticsGoals = defineTable<{ case_id: string; plan_id: string; goal_index: number; need_ids: string[] }>({
  name: 'statistics_goals',
  columns: { case_id: 'uuid NOT NULL', plan_id: 'text NOT NULL', goal_index: 'int NOT NULL', need_ids: 'text[] NOT NULL' },
  key: ['case_id', 'plan_id', 'goal_index'],
});
