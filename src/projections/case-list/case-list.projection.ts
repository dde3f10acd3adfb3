import { CASE_EVENT_TYPES } from '../../cases/case.events';
import { EventFacts, TablesRows, defineProjection } from '../define/define-projection';
import { CaseListRow, caseList, caseListFamilies, caseListPeople } from './case-list.tables';

const tables = { cases: caseList, people: caseListPeople, families: caseListFamilies };
type Rows = TablesRows<typeof tables>;

/** Every case event moves the row's revision; `change` says what else it changes. */
const onCase = (rows: Rows, caseId: string, facts: EventFacts, change: (row: CaseListRow) => Partial<CaseListRow> = () => ({})) =>
  rows.cases.update({ case_id: caseId }, (row) => ({ ...row, ...change(row), revision: facts.revision.toString() }));

const without = (list: string[], item: string) => list.filter((entry) => entry !== item);

/** The case list of GET /cases. */
export const caseListProjection = defineProjection({
  name: 'case_list',
  version: 3, // 3: a lapsed art. 403 placement, or one revoked after the hearing, is no longer in force
  tables,
  on: {
    FamilyRegistered: (d, _facts, rows) =>
      rows.families.insertIfAbsent({ family_id: d.familyId, istat_code: d.municipality.istatCode, name: d.municipality.name }),
    FamilyMemberAdded: (d, _facts, rows) =>
      rows.people.insertIfAbsent({
        member_id: d.memberId,
        family_id: d.familyId,
        given_name: d.givenName,
        family_name: d.familyName,
        birth_date: d.birthDate,
      }),
    FamilyMemberDetailsCorrected: (d, _facts, rows) => {
      const c = d.corrections;
      rows.people.update({ member_id: d.memberId }, (person) => ({
        ...person,
        given_name: c.givenName ?? person.given_name,
        family_name: c.familyName ?? person.family_name,
        birth_date: c.birthDate ?? person.birth_date,
      }));
      // The case keeps the birth date it was opened with (its age rules use it); names follow corrections.
      for (const row of rows.cases.where('minor_id', d.memberId)) {
        rows.cases.put({
          ...row,
          minor_given_name: c.givenName ?? row.minor_given_name,
          minor_family_name: c.familyName ?? row.minor_family_name,
        });
      }
    },
    CaseOpened: (d, facts, rows) => {
      const minor = rows.people.get({ member_id: d.minorId });
      const family = rows.families.get({ family_id: d.familyId });
      rows.cases.insertIfAbsent({
        case_id: d.caseId,
        family_id: d.familyId,
        minor_id: d.minorId,
        minor_given_name: minor?.given_name ?? null,
        minor_family_name: minor?.family_name ?? null,
        minor_birth_date: d.minorBirthDate,
        municipality_istat: family?.istat_code ?? null,
        municipality_name: family?.name ?? null,
        status: 'open',
        intake_kind: d.intake.kind,
        referrer_kind: d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null,
        opened_at: facts.occurredAt,
        opened_by: facts.actor.id,
        closed_at: null,
        closure_reason: null,
        case_manager: null,
        team: [],
        risk_level: null,
        open_measures: [],
        revision: facts.revision.toString(),
      });
    },
    TeamMemberAssigned: (d, facts, rows) =>
      onCase(rows, d.caseId, facts, (row) => ({ team: [...without(row.team, d.workerId), d.workerId] })),
    TeamMemberReleased: (d, facts, rows) =>
      onCase(rows, d.caseId, facts, (row) => ({
        team: without(row.team, d.workerId),
        case_manager: row.case_manager === d.workerId ? null : row.case_manager,
      })),
    CaseManagerChanged: (d, facts, rows) => onCase(rows, d.caseId, facts, () => ({ case_manager: d.workerId })),
    AssessmentCompleted: (d, facts, rows) => onCase(rows, d.caseId, facts, () => ({ risk_level: d.riskLevel })),
    ProtectionMeasureOrdered: (d, facts, rows) => openMeasure(rows, d.caseId, facts, d.measureId),
    EmergencyPlacementMade: (d, facts, rows) => openMeasure(rows, d.caseId, facts, d.placementId),
    ProtectionMeasureEnded: (d, facts, rows) => endMeasure(rows, d.caseId, facts, d.measureId),
    EmergencyPlacementRevoked: (d, facts, rows) => endMeasure(rows, d.caseId, facts, d.placementId),
    // Art. 403: a placement lapsed (c. 7), or revoked by the TM after the hearing (c. 5), is no longer in force.
    MeasureLapsed: (d, facts, rows) => endMeasure(rows, d.caseId, facts, d.measureId),
    EmergencyPlacementValidationReviewed: (d, facts, rows) =>
      d.outcome === 'revoked' ? endMeasure(rows, d.caseId, facts, d.placementId) : onCase(rows, d.caseId, facts),
    CaseClosed: (d, facts, rows) =>
      onCase(rows, d.caseId, facts, () => ({ status: 'closed', closed_at: facts.occurredAt, closure_reason: d.reason })),
    CaseReopened: (d, facts, rows) => onCase(rows, d.caseId, facts, () => ({ status: 'open', closed_at: null, closure_reason: null })),
  },
  every: {
    types: CASE_EVENT_TYPES,
    handle: (event, facts, rows) => onCase(rows, event.data.caseId, facts),
  },
});

const openMeasure = (rows: Rows, caseId: string, facts: EventFacts, id: string) =>
  onCase(rows, caseId, facts, (row) => ({ open_measures: [...without(row.open_measures, id), id] }));
const endMeasure = (rows: Rows, caseId: string, facts: EventFacts, id: string) =>
  onCase(rows, caseId, facts, (row) => ({ open_measures: without(row.open_measures, id) }));
