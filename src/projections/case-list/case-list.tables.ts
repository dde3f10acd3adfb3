import { defineTable } from '../define/table';

export type CaseListRow = {
  case_id: string;
  family_id: string;
  minor_id: string;
  minor_given_name: string | null;
  minor_family_name: string | null;
  minor_birth_date: string;
  municipality_istat: string | null;
  municipality_name: string | null;
  status: string;
  intake_kind: string;
  referrer_kind: string | null;
  opened_at: string;
  opened_by: string;
  closed_at: string | null;
  closure_reason: string | null;
  case_manager: string | null;
  team: string[];
  risk_level: string | null;
  open_measures: string[];
  revision: string | number;
};

/** One row per case, with what the list filters on. */
export const caseList = defineTable<CaseListRow>({
  name: 'case_list',
  columns: {
    case_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    minor_id: 'uuid NOT NULL',
    minor_given_name: 'text',
    minor_family_name: 'text',
    minor_birth_date: 'date NOT NULL',
    municipality_istat: 'text',
    municipality_name: 'text',
    status: 'text NOT NULL',
    intake_kind: 'text NOT NULL',
    referrer_kind: 'text',
    opened_at: 'timestamptz NOT NULL',
    opened_by: 'text NOT NULL',
    closed_at: 'timestamptz',
    closure_reason: 'text',
    case_manager: 'text',
    team: "text[] NOT NULL DEFAULT '{}'",
    risk_level: 'text',
    open_measures: "text[] NOT NULL DEFAULT '{}'",
    revision: 'bigint NOT NULL',
  },
  key: ['case_id'],
  indexes: ['(opened_at DESC, case_id DESC)', '(minor_id)', '(family_id)', 'USING gin (team)'],
});

/** Family facts kept beside the cases, to fill the minor's names and the municipality. */
export const caseListPeople = defineTable<{
  member_id: string;
  family_id: string;
  given_name: string;
  family_name: string;
  birth_date: string;
}>({
  name: 'case_list_people',
  columns: {
    member_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    given_name: 'text NOT NULL',
    family_name: 'text NOT NULL',
    birth_date: 'date NOT NULL',
  },
  key: ['member_id'],
});

export const caseListFamilies = defineTable<{ family_id: string; istat_code: string; name: string }>({
  name: 'case_list_families',
  columns: { family_id: 'uuid NOT NULL', istat_code: 'text NOT NULL', name: 'text NOT NULL' },
  key: ['family_id'],
});
