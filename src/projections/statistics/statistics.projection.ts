import { PoolClient } from 'pg';
import { romeDate } from '../../cases/case.age';
import { CaseEvent } from '../../cases/case.events';
import { RecordedEvent } from '../../event-store/event-store';
import { Projection, TableNames } from '../projection';
import { DataOf, asCaseEvent, asFamilyEvent, factsOf } from '../recorded-event';
import { STATISTICS_TABLES } from './statistics.tables';

export const STATISTICS = 'statistics';

type Handler<K extends CaseEvent['type']> = (tx: PoolClient, t: TableNames, d: DataOf<CaseEvent, K>, day: string) => Promise<unknown>;
type Handlers = { [K in CaseEvent['type']]?: Handler<K> };

/** Facts per case without any personal data (SINBA): kinds, reasons, municipality code and Europe/Rome dates. */
const CASE_HANDLERS: Handlers = {
  CaseOpened: async (tx, t, d, day) => {
    const referrer = d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null;
    await tx.query(
      `INSERT INTO ${t.statistics_cases} (case_id, family_id, municipality_istat, intake_kind, referrer_kind, opened_on)
       SELECT $1, $2, f.istat_code, $3, $4, $5 FROM (SELECT 1) one LEFT JOIN ${t.statistics_families} f ON f.family_id = $2
       ON CONFLICT (case_id) DO NOTHING`,
      [d.caseId, d.familyId, d.intake.kind, referrer, day],
    );
    return tx.query(`INSERT INTO ${t.statistics_spells} (case_id, spell, opened_on) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING`, [
      d.caseId,
      day,
    ]);
  },
  // A reopening is a new spell of the same case, so "open at a date" and closures count every spell.
  CaseReopened: (tx, t, d, day) =>
    tx.query(
      `INSERT INTO ${t.statistics_spells} (case_id, spell, opened_on)
       SELECT $1, coalesce(max(spell), -1) + 1, $2 FROM ${t.statistics_spells} WHERE case_id = $1`,
      [d.caseId, day],
    ),
  CaseClosed: (tx, t, d, day) =>
    tx.query(`UPDATE ${t.statistics_spells} SET closed_on = $2, closure_reason = $3 WHERE case_id = $1 AND closed_on IS NULL`, [
      d.caseId,
      day,
      d.reason,
    ]),
  ProtectionMeasureProposed: (tx, t, d) =>
    tx.query(`INSERT INTO ${t.statistics_measures} (case_id, measure_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      d.caseId,
      d.measureId,
      d.kind,
    ]),
  // The measure counts on the date of its decree: that is when the court ordered it.
  ProtectionMeasureOrdered: (tx, t, d) =>
    tx.query(
      `INSERT INTO ${t.statistics_measures} (case_id, measure_id, ordered_on) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, measure_id) DO UPDATE SET ordered_on = excluded.ordered_on`,
      [d.caseId, d.measureId, d.decreeDate],
    ),
  EmergencyPlacementMade: (tx, t, d) =>
    tx.query(`INSERT INTO ${t.statistics_placements} (case_id, placement_id, placed_on) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      d.caseId,
      d.placementId,
      romeDate(d.placedAt),
    ]),
};

/** Only the ISTAT code of the family is kept: its address and people never reach statistics. */
const familyRegistered = async (tx: PoolClient, t: TableNames, event: RecordedEvent) => {
  const family = asFamilyEvent(event);
  if (family.type !== 'FamilyRegistered') return;
  const { familyId, municipality } = family.data;
  await tx.query(`INSERT INTO ${t.statistics_families} (family_id, istat_code) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    familyId,
    municipality.istatCode,
  ]);
  await tx.query(`UPDATE ${t.statistics_cases} SET municipality_istat = $2 WHERE family_id = $1 AND municipality_istat IS NULL`, [
    familyId,
    municipality.istatCode,
  ]);
};

export const statisticsProjection: Projection = {
  name: STATISTICS,
  version: 1,
  handles: ['FamilyRegistered', ...Object.keys(CASE_HANDLERS)],
  tables: STATISTICS_TABLES,
  async apply(tx, event, tables) {
    if (event.type === 'FamilyRegistered') return familyRegistered(tx, tables, event);
    const caseEvent = asCaseEvent(event);
    const handler = CASE_HANDLERS[caseEvent.type] as Handler<typeof caseEvent.type> | undefined;
    if (handler) await handler(tx, tables, caseEvent.data as never, romeDate(factsOf(event).occurredAt));
  },
};
