import { defineProjection } from '../define/define-projection';
import { defineTable } from '../define/table';

export const CASELOAD = 'caseload';

type CaseloadCase = {
  case_id: string;
  family_id: string;
  status: string;
  opened_at: string;
  case_manager: string | null;
  risk_level: string | null;
  municipality_istat: string | null;
  municipality_name: string | null;
};

const cases = defineTable<CaseloadCase>({
  name: 'caseload_cases',
  columns: {
    case_id: 'uuid NOT NULL',
    family_id: 'uuid NOT NULL',
    status: 'text NOT NULL',
    opened_at: 'timestamptz NOT NULL',
    case_manager: 'text',
    risk_level: 'text',
    municipality_istat: 'text',
    municipality_name: 'text',
  },
  key: ['case_id'],
  indexes: ['(family_id)', '(status, municipality_istat)'],
});

const team = defineTable<{ case_id: string; worker_id: string; name: string; role: string; assigned_at: string }>({
  name: 'caseload_team',
  columns: {
    case_id: 'uuid NOT NULL',
    worker_id: 'text NOT NULL',
    name: 'text NOT NULL',
    role: 'text NOT NULL',
    assigned_at: 'timestamptz NOT NULL',
  },
  key: ['case_id', 'worker_id'],
  indexes: ['(worker_id)'],
});

const families = defineTable<{ family_id: string; istat_code: string; name: string }>({
  name: 'caseload_families',
  columns: { family_id: 'uuid NOT NULL', istat_code: 'text NOT NULL', name: 'text NOT NULL' },
  key: ['family_id'],
});

/** Who works which case: team, case manager, status, risk; the municipality comes from the case's family. */
export const caseloadProjection = defineProjection({
  name: CASELOAD,
  version: 2,
  tables: { cases, team, families },
  on: {
    // The family may be projected after its cases: fill their municipality either way.
    FamilyRegistered: (d, _facts, rows) => {
      rows.families.insertIfAbsent({ family_id: d.familyId, istat_code: d.municipality.istatCode, name: d.municipality.name });
      for (const row of rows.cases.where('family_id', d.familyId)) {
        if (row.municipality_istat === null) {
          rows.cases.put({ ...row, municipality_istat: d.municipality.istatCode, municipality_name: d.municipality.name });
        }
      }
    },
    CaseOpened: (d, facts, rows) => {
      const family = rows.families.get({ family_id: d.familyId });
      rows.cases.insertIfAbsent({
        case_id: d.caseId,
        family_id: d.familyId,
        status: 'open',
        opened_at: facts.occurredAt,
        case_manager: null,
        risk_level: null,
        municipality_istat: family?.istat_code ?? null,
        municipality_name: family?.name ?? null,
      });
    },
    TeamMemberAssigned: (d, facts, rows) =>
      rows.team.put({ case_id: d.caseId, worker_id: d.workerId, name: d.name, role: d.role, assigned_at: facts.occurredAt }),
    TeamMemberReleased: (d, _facts, rows) => {
      rows.team.delete({ case_id: d.caseId, worker_id: d.workerId });
      // Releasing the case manager leaves the case without one (as the case state does).
      rows.cases.update({ case_id: d.caseId }, (row) => ({
        ...row,
        case_manager: row.case_manager === d.workerId ? null : row.case_manager,
      }));
    },
    CaseManagerChanged: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, case_manager: d.workerId })),
    AssessmentCompleted: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, risk_level: d.riskLevel })),
    CaseClosed: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, status: 'closed' })),
    CaseReopened: (d, _facts, rows) => rows.cases.update({ case_id: d.caseId }, (row) => ({ ...row, status: 'open' })),
  },
});
