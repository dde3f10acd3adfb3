import { romeDate } from '../../cases/case.age';
import { defineProjection } from '../define/define-projection';
import {
  statisticsCases,
  statisticsFamilies,
  statisticsGoals,
  statisticsMeasures,
  statisticsNeeds,
  statisticsPlacements,
  statisticsSpells,
} from './statistics.tables';

export const STATISTICS = 'statistics';

/** Facts per case without any personal data (SINBA): kinds, reasons, municipality code and Europe/Rome dates. */
export const statisticsProjection = defineProjection({
  name: STATISTICS,
  version: 3, // 3: needs, and the goals that meet them
  tables: {
    cases: statisticsCases,
    spells: statisticsSpells,
    measures: statisticsMeasures,
    placements: statisticsPlacements,
    families: statisticsFamilies,
    needs: statisticsNeeds,
    goals: statisticsGoals,
  },
  on: {
    // Only the ISTAT code of the family is kept: its address and people never reach statistics.
    FamilyRegistered: (d, _facts, rows) => {
      rows.families.insertIfAbsent({ family_id: d.familyId, istat_code: d.municipality.istatCode });
      for (const row of rows.cases.where('family_id', d.familyId)) {
        if (row.municipality_istat === null) rows.cases.put({ ...row, municipality_istat: d.municipality.istatCode });
      }
    },
    CaseOpened: (d, facts, rows) => {
      const day = romeDate(facts.occurredAt);
      rows.cases.insertIfAbsent({
        case_id: d.caseId,
        family_id: d.familyId,
        municipality_istat: rows.families.get({ family_id: d.familyId })?.istat_code ?? null,
        intake_kind: d.intake.kind,
        referrer_kind: d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null,
        opened_on: day,
      });
      rows.spells.insertIfAbsent({ case_id: d.caseId, spell: 0, opened_on: day, closed_on: null, closure_reason: null });
    },
    // A reopening is a new spell of the same case, so "open at a date" and closures count every spell.
    CaseReopened: (d, facts, rows) => {
      const spells = rows.spells.where('case_id', d.caseId);
      const next = Math.max(-1, ...spells.map((spell) => Number(spell.spell))) + 1;
      rows.spells.put({ case_id: d.caseId, spell: next, opened_on: romeDate(facts.occurredAt), closed_on: null, closure_reason: null });
    },
    CaseClosed: (d, facts, rows) => {
      for (const spell of rows.spells.where('case_id', d.caseId)) {
        if (spell.closed_on === null) rows.spells.put({ ...spell, closed_on: romeDate(facts.occurredAt), closure_reason: d.reason });
      }
    },
    ProtectionMeasureProposed: (d, _facts, rows) =>
      rows.measures.insertIfAbsent({ case_id: d.caseId, measure_id: d.measureId, kind: d.kind, ordered_on: null }),
    // The measure counts on the date of its decree: that is when the court ordered it.
    ProtectionMeasureOrdered: (d, _facts, rows) => {
      const measure = rows.measures.get({ case_id: d.caseId, measure_id: d.measureId });
      rows.measures.put({ case_id: d.caseId, measure_id: d.measureId, kind: measure?.kind ?? null, ordered_on: d.decreeDate });
    },
    // Needs count by domain only; their descriptions are free text and never reach statistics.
    AssessmentCompleted: (d, facts, rows) => {
      for (const { needId, domain } of d.needs ?? []) {
        rows.needs.insertIfAbsent({ case_id: d.caseId, need_id: needId, domain, identified_on: romeDate(facts.occurredAt), met_on: null });
      }
    },
    SupportPlanDrafted: (d, _facts, rows) => {
      for (const { goalIndex, needIds } of d.goalNeeds ?? []) {
        rows.goals.insertIfAbsent({ case_id: d.caseId, plan_id: d.planId, goal_index: goalIndex, need_ids: needIds });
      }
    },
    // A need is met on the day of the first review that finds a goal answering it achieved.
    SupportPlanReviewed: (d, _facts, rows) => {
      for (const { goalIndex } of (d.goalProgress ?? []).filter((g) => g.progress === 'achieved')) {
        for (const needId of rows.goals.get({ case_id: d.caseId, plan_id: d.planId, goal_index: goalIndex })?.need_ids ?? []) {
          const need = rows.needs.get({ case_id: d.caseId, need_id: needId });
          if (need && need.met_on === null) rows.needs.put({ ...need, met_on: d.reviewedOn });
        }
      }
    },
    EmergencyPlacementMade: (d, _facts, rows) =>
      rows.placements.insertIfAbsent({ case_id: d.caseId, placement_id: d.placementId, placed_on: romeDate(d.placedAt) }),
  },
});
