import { PoolClient } from 'pg';
import { CaseEvent } from '../../cases/case.events';
import { romeDate } from '../../common/rome-date';
import { RecordedEvent } from '../../event-store/event-store';
import { Projection, TableNames } from '../../projections/projection';
import { DataOf, asCaseEvent, asFamilyEvent, factsOf } from '../../projections/recorded-event';
import { ItemCategory, STATISTICS_EXPORT_TABLES } from './statistics-export.tables';

export const STATISTICS_EXPORT = 'statistics_export';

type Handler<K extends CaseEvent['type']> = (
  tx: PoolClient,
  t: TableNames,
  d: DataOf<CaseEvent, K>,
  occurredAt: string,
) => Promise<unknown>;
type Handlers = { [K in CaseEvent['type']]?: Handler<K> };

const item = (category: ItemCategory) => ({
  started: (tx: PoolClient, t: TableNames, caseId: string, itemId: string, kind: string | null, startedOn: string | null) =>
    tx.query(
      `INSERT INTO ${t.statistics_export_items} (case_id, category, item_id, kind, started_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, category, item_id) DO UPDATE SET kind = coalesce(excluded.kind, ${t.statistics_export_items}.kind),
         started_on = coalesce(excluded.started_on, ${t.statistics_export_items}.started_on)`,
      [caseId, category, itemId, kind, startedOn],
    ),
  ended: (tx: PoolClient, t: TableNames, caseId: string, itemId: string, endedOn: string) =>
    tx.query(`UPDATE ${t.statistics_export_items} SET ended_on = $4 WHERE case_id = $1 AND category = $2 AND item_id = $3`, [
      caseId,
      category,
      itemId,
      endedOn,
    ]),
});
const assessment = item('assessment');
const intervention = item('intervention');
const measure = item('measure');
const placement = item('placement');

/** Kinds, reasons and dates only: the reason texts, providers, decree numbers and people of these events are never read. */
const CASE_HANDLERS: Handlers = {
  CaseOpened: async (tx, t, d, occurredAt) => {
    const referrer = d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null;
    const authority = d.intake.kind === 'judicial' ? d.intake.authority : null;
    await tx.query(
      `INSERT INTO ${t.statistics_export_cases}
         (case_id, family_id, minor_id, birth_month, intake_kind, referrer_kind, authority, opened_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (case_id) DO NOTHING`,
      [d.caseId, d.familyId, d.minorId, d.minorBirthDate.slice(0, 7), d.intake.kind, referrer, authority, occurredAt],
    );
    return tx.query(`INSERT INTO ${t.statistics_export_spells} (case_id, spell, opened_at) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`, [
      d.caseId,
      occurredAt,
    ]);
  },
  CaseReopened: (tx, t, d, occurredAt) =>
    tx.query(
      `INSERT INTO ${t.statistics_export_spells} (case_id, spell, opened_at)
       SELECT $1, coalesce(max(spell), -1) + 1, $2 FROM ${t.statistics_export_spells} WHERE case_id = $1`,
      [d.caseId, occurredAt],
    ),
  CaseClosed: (tx, t, d, occurredAt) =>
    tx.query(`UPDATE ${t.statistics_export_spells} SET closed_at = $2, closure_reason = $3 WHERE case_id = $1 AND closed_at IS NULL`, [
      d.caseId,
      occurredAt,
      d.reason,
    ]),
  AssessmentCompleted: (tx, t, d, occurredAt) => assessment.started(tx, t, d.caseId, d.assessmentId, d.riskLevel, romeDate(occurredAt)),
  InterventionStarted: (tx, t, d) => intervention.started(tx, t, d.caseId, d.interventionId, d.kind, d.startedOn),
  InterventionEnded: (tx, t, d) => intervention.ended(tx, t, d.caseId, d.interventionId, d.endedOn),
  // A proposal gives the kind; the measure exists from its decree, so a proposal never ordered is never exported.
  ProtectionMeasureProposed: (tx, t, d) => measure.started(tx, t, d.caseId, d.measureId, d.kind, null),
  ProtectionMeasureOrdered: (tx, t, d) => measure.started(tx, t, d.caseId, d.measureId, null, d.decreeDate),
  ProtectionMeasureEnded: (tx, t, d) => measure.ended(tx, t, d.caseId, d.measureId, d.endedOn),
  EmergencyPlacementMade: (tx, t, d) => placement.started(tx, t, d.caseId, d.placementId, d.placeKind, romeDate(d.placedAt)),
  EmergencyPlacementRevoked: (tx, t, d) => placement.ended(tx, t, d.caseId, d.placementId, d.decreeDate),
};

/** Of a family only its ISTAT code reaches this read model, and of a minor only the birth month. */
const FAMILY_HANDLERS = {
  FamilyRegistered: (tx: PoolClient, t: TableNames, event: RecordedEvent) => {
    const family = asFamilyEvent(event);
    if (family.type !== 'FamilyRegistered') return;
    const { familyId, municipality } = family.data;
    return tx.query(`INSERT INTO ${t.statistics_export_families} (family_id, istat_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      familyId,
      municipality.istatCode,
    ]);
  },
  // A corrected birth date moves the minor's birth month on every case of theirs.
  FamilyMemberDetailsCorrected: (tx: PoolClient, t: TableNames, event: RecordedEvent) => {
    const family = asFamilyEvent(event);
    if (family.type !== 'FamilyMemberDetailsCorrected' || !family.data.corrections.birthDate) return;
    return tx.query(`UPDATE ${t.statistics_export_cases} SET birth_month = $2 WHERE minor_id = $1`, [
      family.data.memberId,
      family.data.corrections.birthDate.slice(0, 7),
    ]);
  },
};

export const statisticsExportProjection: Projection = {
  name: STATISTICS_EXPORT,
  version: 1,
  handles: [...Object.keys(FAMILY_HANDLERS), ...Object.keys(CASE_HANDLERS)],
  tables: STATISTICS_EXPORT_TABLES,
  async apply(tx, event, tables) {
    if (Object.hasOwn(FAMILY_HANDLERS, event.type)) {
      await FAMILY_HANDLERS[event.type as keyof typeof FAMILY_HANDLERS](tx, tables, event);
      return;
    }
    const caseEvent = asCaseEvent(event);
    const handler = CASE_HANDLERS[caseEvent.type] as Handler<typeof caseEvent.type> | undefined;
    if (handler) await handler(tx, tables, caseEvent.data as never, factsOf(event).occurredAt);
  },
};
