import { defineProjection } from '../define/define-projection';
import { COMMUNITY_TABLES } from './community.tables';

export const COMMUNITY = 'community';

/** The community network's lists: partners, the initiatives calendar, the report inbox; no reporter identity is kept here. */
export const communityProjection = defineProjection({
  name: COMMUNITY,
  // 2: rows written by the batched runner (same tables and columns)
  version: 2,
  tables: COMMUNITY_TABLES,
  // Replays are harmless: inserts skip a row already there, updates set the same values again.
  on: {
    PartnerRegistered: (d, facts, rows) =>
      rows.community_partners.insertIfAbsent({
        partner_id: d.partnerId,
        kind: d.kind,
        name: d.name,
        municipality: d.municipality,
        active: true,
        registered_at: facts.occurredAt,
      }),
    // The lists show no contact details: the event only moves the checkpoint.
    PartnerContactUpdated: () => undefined,
    PartnerDeactivated: (d, _facts, rows) =>
      rows.community_partners.update({ partner_id: d.partnerId }, (row) => ({ ...row, active: false })),
    PartnerReactivated: (d, _facts, rows) =>
      rows.community_partners.update({ partner_id: d.partnerId }, (row) => ({ ...row, active: true })),
    InitiativePlanned: (d, _facts, rows) =>
      rows.community_initiatives.insertIfAbsent({
        initiative_id: d.initiativeId,
        title: d.title,
        kind: d.kind,
        municipalities: d.municipalities,
        partner_ids: d.partnerIds,
        scheduled_at: d.scheduledAt,
        place: d.place,
        status: 'planned',
        participants: null,
        held_at: null,
      }),
    InitiativeHeld: (d, facts, rows) =>
      rows.community_initiatives.update({ initiative_id: d.initiativeId }, (row) => ({
        ...row,
        status: 'held',
        participants: d.participants,
        held_at: facts.occurredAt,
      })),
    InitiativeCancelled: (d, _facts, rows) =>
      rows.community_initiatives.update({ initiative_id: d.initiativeId }, (row) => ({ ...row, status: 'cancelled' })),
    ReportReceived: (d, facts, rows) =>
      rows.community_reports.insertIfAbsent({
        report_id: d.reportId,
        source_kind: d.source.kind,
        partner_id: d.source.kind === 'partner' ? d.source.partnerId : null,
        serious_harm: d.seriousHarm,
        received_at: facts.occurredAt,
        screening_due_at: d.screeningDueAt,
        outcome: null,
        case_id: null,
        screened_at: null,
      }),
    ReportScreened: (d, facts, rows) =>
      rows.community_reports.update({ report_id: d.reportId }, (row) => ({
        ...row,
        outcome: d.outcome,
        case_id: d.outcome === 'case-opened' ? d.caseId : null,
        screened_at: facts.occurredAt,
      })),
  },
});
