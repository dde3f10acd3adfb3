import { defineTable } from '../define/table';

/** Partners, initiatives and reports, one row each, with what their lists filter and sort on. Instants travel as ISO text. */

export type PartnerRow = {
  partner_id: string;
  kind: string;
  name: string;
  municipality: string;
  active: boolean;
  registered_at: string;
};

export const communityPartners = defineTable<PartnerRow>({
  name: 'community_partners',
  columns: {
    partner_id: 'uuid NOT NULL',
    kind: 'text NOT NULL',
    name: 'text NOT NULL',
    municipality: 'text NOT NULL',
    active: 'boolean NOT NULL',
    registered_at: 'timestamptz NOT NULL',
  },
  key: ['partner_id'],
  indexes: ['(municipality, kind)'],
});

export type InitiativeRow = {
  initiative_id: string;
  title: string;
  kind: string;
  municipalities: string[];
  partner_ids: string[];
  scheduled_at: string;
  place: string;
  status: string;
  /** Who took part, as the event tells it (jsonb). */
  participants: object | null;
  held_at: string | null;
};

export const communityInitiatives = defineTable<InitiativeRow>({
  name: 'community_initiatives',
  columns: {
    initiative_id: 'uuid NOT NULL',
    title: 'text NOT NULL',
    kind: 'text NOT NULL',
    municipalities: 'text[] NOT NULL',
    partner_ids: 'uuid[] NOT NULL',
    scheduled_at: 'timestamptz NOT NULL',
    place: 'text NOT NULL',
    status: 'text NOT NULL',
    participants: 'jsonb',
    held_at: 'timestamptz',
  },
  key: ['initiative_id'],
  indexes: ['(scheduled_at, initiative_id)'],
});

export type ReportRow = {
  report_id: string;
  source_kind: string;
  partner_id: string | null;
  serious_harm: boolean;
  received_at: string;
  screening_due_at: string;
  outcome: string | null;
  case_id: string | null;
  screened_at: string | null;
};

export const communityReports = defineTable<ReportRow>({
  name: 'community_reports',
  columns: {
    report_id: 'uuid NOT NULL',
    source_kind: 'text NOT NULL',
    partner_id: 'uuid',
    serious_harm: 'boolean NOT NULL',
    received_at: 'timestamptz NOT NULL',
    screening_due_at: 'timestamptz NOT NULL',
    outcome: 'text',
    case_id: 'uuid',
    screened_at: 'timestamptz',
  },
  key: ['report_id'],
  indexes: ['(screening_due_at, report_id)'],
});

export const COMMUNITY_TABLES = {
  community_partners: communityPartners,
  community_initiatives: communityInitiatives,
  community_reports: communityReports,
};
