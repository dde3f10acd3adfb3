import { PoolClient } from 'pg';
import { CaseEvent } from '../../cases/case.events';
import { RecordedEvent } from '../../event-store/event-store';
import { Projection, TableNames } from '../projection';
import { DataOf, asCaseEvent, asFamilyEvent, factsOf } from '../recorded-event';

export const CASELOAD = 'caseload';

type Handler<K extends CaseEvent['type']> = (
  tx: PoolClient,
  t: TableNames,
  d: DataOf<CaseEvent, K>,
  event: RecordedEvent,
) => Promise<unknown>;
type Handlers = { [K in CaseEvent['type']]?: Handler<K> };

/** Who works which case: team, case manager, status, risk; the municipality comes from the case's family. */
const CASE_HANDLERS: Handlers = {
  CaseOpened: (tx, t, d, event) =>
    tx.query(
      `INSERT INTO ${t.caseload_cases} (case_id, family_id, status, opened_at, municipality_istat, municipality_name)
       SELECT $1, $2, 'open', $3, f.istat_code, f.name FROM (SELECT 1) one LEFT JOIN ${t.caseload_families} f ON f.family_id = $2
       ON CONFLICT (case_id) DO NOTHING`,
      [d.caseId, d.familyId, factsOf(event).occurredAt],
    ),
  TeamMemberAssigned: (tx, t, d, event) =>
    tx.query(
      `INSERT INTO ${t.caseload_team} (case_id, worker_id, name, role, assigned_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (case_id, worker_id) DO UPDATE SET name = excluded.name, role = excluded.role, assigned_at = excluded.assigned_at`,
      [d.caseId, d.workerId, d.name, d.role, factsOf(event).occurredAt],
    ),
  TeamMemberReleased: async (tx, t, d) => {
    await tx.query(`DELETE FROM ${t.caseload_team} WHERE case_id = $1 AND worker_id = $2`, [d.caseId, d.workerId]);
    // Releasing the case manager leaves the case without one (as the case state does).
    return tx.query(`UPDATE ${t.caseload_cases} SET case_manager = NULL WHERE case_id = $1 AND case_manager = $2`, [d.caseId, d.workerId]);
  },
  CaseManagerChanged: (tx, t, d) => tx.query(`UPDATE ${t.caseload_cases} SET case_manager = $2 WHERE case_id = $1`, [d.caseId, d.workerId]),
  AssessmentCompleted: (tx, t, d) => tx.query(`UPDATE ${t.caseload_cases} SET risk_level = $2 WHERE case_id = $1`, [d.caseId, d.riskLevel]),
  CaseClosed: (tx, t, d) => tx.query(`UPDATE ${t.caseload_cases} SET status = 'closed' WHERE case_id = $1`, [d.caseId]),
  CaseReopened: (tx, t, d) => tx.query(`UPDATE ${t.caseload_cases} SET status = 'open' WHERE case_id = $1`, [d.caseId]),
};

/** The family may be projected after its cases: fill their municipality either way. */
const familyRegistered = async (tx: PoolClient, t: TableNames, event: RecordedEvent) => {
  const family = asFamilyEvent(event);
  if (family.type !== 'FamilyRegistered') return;
  const { familyId, municipality } = family.data;
  await tx.query(
    `INSERT INTO ${t.caseload_families} (family_id, istat_code, name) VALUES ($1, $2, $3) ON CONFLICT (family_id) DO NOTHING`,
    [familyId, municipality.istatCode, municipality.name],
  );
  await tx.query(
    `UPDATE ${t.caseload_cases} SET municipality_istat = $2, municipality_name = $3 WHERE family_id = $1 AND municipality_istat IS NULL`,
    [familyId, municipality.istatCode, municipality.name],
  );
};

export const caseloadProjection: Projection = {
  name: CASELOAD,
  version: 1,
  handles: ['FamilyRegistered', ...Object.keys(CASE_HANDLERS)],
  tables: [
    {
      name: 'caseload_cases',
      ddl: (t) => `
        CREATE TABLE ${t} (
          case_id uuid PRIMARY KEY,
          family_id uuid NOT NULL,
          status text NOT NULL,
          opened_at timestamptz NOT NULL,
          case_manager text,
          risk_level text,
          municipality_istat text,
          municipality_name text
        );
        CREATE INDEX ON ${t} (family_id);
        CREATE INDEX ON ${t} (status, municipality_istat);`,
    },
    {
      name: 'caseload_team',
      ddl: (t) => `
        CREATE TABLE ${t} (
          case_id uuid NOT NULL,
          worker_id text NOT NULL,
          name text NOT NULL,
          role text NOT NULL,
          assigned_at timestamptz NOT NULL,
          PRIMARY KEY (case_id, worker_id)
        );
        CREATE INDEX ON ${t} (worker_id);`,
    },
    {
      name: 'caseload_families',
      ddl: (t) => `CREATE TABLE ${t} (family_id uuid PRIMARY KEY, istat_code text NOT NULL, name text NOT NULL);`,
    },
  ],
  async apply(tx, event, tables) {
    if (event.type === 'FamilyRegistered') return familyRegistered(tx, tables, event);
    const caseEvent = asCaseEvent(event);
    const handler = CASE_HANDLERS[caseEvent.type] as Handler<typeof caseEvent.type> | undefined;
    if (handler) await handler(tx, tables, caseEvent.data as never, event);
  },
};
