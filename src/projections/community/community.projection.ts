import { PoolClient } from 'pg';
import { INITIATIVE_EVENT_TYPES, InitiativeEvent } from '../../community/initiatives/initiative.events';
import { PARTNER_EVENT_TYPES, PartnerEvent } from '../../community/partners/partner.events';
import { REPORT_EVENT_TYPES, ReportEvent } from '../../community/reports/report.events';
import { RecordedEvent } from '../../event-store/event-store';
import { Projection, TableNames } from '../projection';
import { COMMUNITY_TABLES } from './community.tables';

export const COMMUNITY = 'community';

type CommunityEvent = PartnerEvent | InitiativeEvent | ReportEvent;
type Handlers = {
  [K in CommunityEvent['type']]: (
    tx: PoolClient,
    t: TableNames,
    data: Extract<CommunityEvent, { type: K }>['data'],
    e: RecordedEvent,
  ) => Promise<unknown>;
};

const occurredAt = (e: RecordedEvent) => String(e.metadata.occurredAt ?? e.metadata.recordedAt);

// Replays are harmless: inserts skip a row already there, updates set the same values again.
const handlers: Handlers = {
  PartnerRegistered: (tx, t, d, e) =>
    tx.query(`INSERT INTO ${t.community_partners} VALUES ($1, $2, $3, $4, true, $5) ON CONFLICT (partner_id) DO NOTHING`, [
      d.partnerId,
      d.kind,
      d.name,
      d.municipality,
      occurredAt(e),
    ]),
  PartnerContactUpdated: () => Promise.resolve(),
  PartnerDeactivated: (tx, t, d) => tx.query(`UPDATE ${t.community_partners} SET active = false WHERE partner_id = $1`, [d.partnerId]),
  PartnerReactivated: (tx, t, d) => tx.query(`UPDATE ${t.community_partners} SET active = true WHERE partner_id = $1`, [d.partnerId]),
  InitiativePlanned: (tx, t, d) =>
    tx.query(
      `INSERT INTO ${t.community_initiatives} (initiative_id, title, kind, municipalities, partner_ids, scheduled_at, place, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'planned') ON CONFLICT (initiative_id) DO NOTHING`,
      [d.initiativeId, d.title, d.kind, d.municipalities, d.partnerIds, d.scheduledAt, d.place],
    ),
  InitiativeHeld: (tx, t, d, e) =>
    tx.query(`UPDATE ${t.community_initiatives} SET status = 'held', participants = $2, held_at = $3 WHERE initiative_id = $1`, [
      d.initiativeId,
      JSON.stringify(d.participants),
      occurredAt(e),
    ]),
  InitiativeCancelled: (tx, t, d) =>
    tx.query(`UPDATE ${t.community_initiatives} SET status = 'cancelled' WHERE initiative_id = $1`, [d.initiativeId]),
  ReportReceived: (tx, t, d, e) =>
    tx.query(
      `INSERT INTO ${t.community_reports} (report_id, source_kind, partner_id, serious_harm, received_at, screening_due_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (report_id) DO NOTHING`,
      [d.reportId, d.source.kind, d.source.kind === 'partner' ? d.source.partnerId : null, d.seriousHarm, occurredAt(e), d.screeningDueAt],
    ),
  ReportScreened: (tx, t, d, e) =>
    tx.query(`UPDATE ${t.community_reports} SET outcome = $2, case_id = $3, screened_at = $4 WHERE report_id = $1`, [
      d.reportId,
      d.outcome,
      d.outcome === 'case-opened' ? d.caseId : null,
      occurredAt(e),
    ]),
};

/** The community network's lists: partners, the initiatives calendar, the report inbox; no reporter identity is kept here. */
export const communityProjection: Projection = {
  name: COMMUNITY,
  version: 1,
  handles: [...PARTNER_EVENT_TYPES, ...INITIATIVE_EVENT_TYPES, ...REPORT_EVENT_TYPES],
  tables: COMMUNITY_TABLES,
  async apply(tx, event, tables) {
    const handler = handlers[event.type as CommunityEvent['type']] as (
      tx: PoolClient,
      t: TableNames,
      d: unknown,
      e: RecordedEvent,
    ) => Promise<unknown>;
    await handler(tx, tables, event.data, event);
  },
};
