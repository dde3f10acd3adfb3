import { romeDate } from '../../common/rome-date';
import { TablesRows, defineProjection } from '../../projections/define/define-projection';
import { ItemCategory, exportCases, exportFamilies, exportItems, exportSpells } from './statistics-export.tables';

export const STATISTICS_EXPORT = 'statistics_export';

const tables = { cases: exportCases, spells: exportSpells, items: exportItems, families: exportFamilies };
type Rows = TablesRows<typeof tables>;

/** A dated item: what is given is kept, what is not given keeps what an earlier event said. */
const started = (rows: Rows, category: ItemCategory, caseId: string, itemId: string, kind: string | null, on: string | null) => {
  const key = { case_id: caseId, category, item_id: itemId };
  const before = rows.items.get(key);
  rows.items.put({
    ...key,
    kind: kind ?? before?.kind ?? null,
    started_on: on ?? before?.started_on ?? null,
    ended_on: before?.ended_on ?? null,
  });
};
const ended = (rows: Rows, category: ItemCategory, caseId: string, itemId: string, on: string) =>
  rows.items.update({ case_id: caseId, category, item_id: itemId }, (item) => ({ ...item, ended_on: on }));

/** Kinds, reasons and dates only: the reason texts, providers, decree numbers and people of these events are never read. */
export const statisticsExportProjection = defineProjection({
  name: STATISTICS_EXPORT,
  version: 2,
  tables,
  on: {
    // Of a family only its ISTAT code reaches this read model, and of a minor only the birth month.
    FamilyRegistered: (d, _facts, rows) => rows.families.insertIfAbsent({ family_id: d.familyId, istat_code: d.municipality.istatCode }),
    // A corrected birth date moves the minor's birth month on every case of theirs.
    FamilyMemberDetailsCorrected: (d, _facts, rows) => {
      const birthDate = d.corrections.birthDate;
      if (!birthDate) return;
      for (const row of rows.cases.where('minor_id', d.memberId)) rows.cases.put({ ...row, birth_month: birthDate.slice(0, 7) });
    },
    CaseOpened: (d, facts, rows) => {
      rows.cases.insertIfAbsent({
        case_id: d.caseId,
        family_id: d.familyId,
        minor_id: d.minorId,
        birth_month: d.minorBirthDate.slice(0, 7),
        intake_kind: d.intake.kind,
        referrer_kind: d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null,
        authority: d.intake.kind === 'judicial' ? d.intake.authority : null,
        opened_at: facts.occurredAt,
      });
      rows.spells.insertIfAbsent({ case_id: d.caseId, spell: 0, opened_at: facts.occurredAt, closed_at: null, closure_reason: null });
    },
    CaseReopened: (d, facts, rows) => {
      const next = Math.max(-1, ...rows.spells.where('case_id', d.caseId).map((spell) => Number(spell.spell))) + 1;
      rows.spells.put({ case_id: d.caseId, spell: next, opened_at: facts.occurredAt, closed_at: null, closure_reason: null });
    },
    CaseClosed: (d, facts, rows) => {
      for (const spell of rows.spells.where('case_id', d.caseId)) {
        if (spell.closed_at === null) rows.spells.put({ ...spell, closed_at: facts.occurredAt, closure_reason: d.reason });
      }
    },
    AssessmentCompleted: (d, facts, rows) => started(rows, 'assessment', d.caseId, d.assessmentId, d.riskLevel, romeDate(facts.occurredAt)),
    InterventionStarted: (d, _facts, rows) => started(rows, 'intervention', d.caseId, d.interventionId, d.kind, d.startedOn),
    InterventionEnded: (d, _facts, rows) => ended(rows, 'intervention', d.caseId, d.interventionId, d.endedOn),
    // A proposal gives the kind; the measure exists from its decree, so a proposal never ordered is never exported.
    ProtectionMeasureProposed: (d, _facts, rows) => started(rows, 'measure', d.caseId, d.measureId, d.kind, null),
    ProtectionMeasureOrdered: (d, _facts, rows) => started(rows, 'measure', d.caseId, d.measureId, null, d.decreeDate),
    ProtectionMeasureEnded: (d, _facts, rows) => ended(rows, 'measure', d.caseId, d.measureId, d.endedOn),
    EmergencyPlacementMade: (d, _facts, rows) => started(rows, 'placement', d.caseId, d.placementId, d.placeKind, romeDate(d.placedAt)),
    EmergencyPlacementRevoked: (d, _facts, rows) => ended(rows, 'placement', d.caseId, d.placementId, d.decreeDate),
  },
});
