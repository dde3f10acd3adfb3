import { PoolClient } from 'pg';
import { CASE_EVENT_TYPES, CaseEvent } from '../../cases/case.events';
import { RecordedEvent } from '../../event-store/event-store';
import { FamilyEvent } from '../../families/family.events';
import { Projection, TableNames } from '../projection';
import { CASE_LIST_TABLES } from './case-list.tables';

type Handler = (tx: PoolClient, t: TableNames, event: RecordedEvent) => Promise<unknown>;
const data = <T>(event: RecordedEvent) => event.data as T;
type Data<E extends { type: string; data: unknown }, K extends E['type']> = Extract<E, { type: K }>['data'];
const bumpRevision = (t: TableNames) => `UPDATE ${t.case_list} SET revision = $2`;

const familyHandlers: Record<string, Handler> = {
  FamilyRegistered: (tx, t, e) => {
    const d = data<Data<FamilyEvent, 'FamilyRegistered'>>(e);
    return tx.query(`INSERT INTO ${t.case_list_families} VALUES ($1, $2, $3) ON CONFLICT (family_id) DO NOTHING`, [
      d.familyId,
      d.municipality.istatCode,
      d.municipality.name,
    ]);
  },
  FamilyMemberAdded: (tx, t, e) => {
    const d = data<Data<FamilyEvent, 'FamilyMemberAdded'>>(e);
    return tx.query(`INSERT INTO ${t.case_list_people} VALUES ($1, $2, $3, $4, $5) ON CONFLICT (member_id) DO NOTHING`, [
      d.memberId,
      d.familyId,
      d.givenName,
      d.familyName,
      d.birthDate,
    ]);
  },
  FamilyMemberDetailsCorrected: async (tx, t, e) => {
    const d = data<Data<FamilyEvent, 'FamilyMemberDetailsCorrected'>>(e);
    const c = d.corrections;
    await tx.query(
      `UPDATE ${t.case_list_people} SET given_name = COALESCE($2, given_name), family_name = COALESCE($3, family_name), birth_date = COALESCE($4::date, birth_date) WHERE member_id = $1`,
      [d.memberId, c.givenName ?? null, c.familyName ?? null, c.birthDate ?? null],
    );
    // The case keeps the birth date it was opened with (its age rules use it); names follow corrections.
    return tx.query(
      `UPDATE ${t.case_list} SET minor_given_name = COALESCE($2, minor_given_name), minor_family_name = COALESCE($3, minor_family_name) WHERE minor_id = $1`,
      [d.memberId, c.givenName ?? null, c.familyName ?? null],
    );
  },
};

const caseHandlers: Record<string, Handler> = {
  CaseOpened: (tx, t, e) => {
    const d = data<Data<CaseEvent, 'CaseOpened'>>(e);
    return tx.query(
      `INSERT INTO ${t.case_list} (case_id, family_id, minor_id, minor_given_name, minor_family_name, minor_birth_date,
         municipality_istat, municipality_name, status, intake_kind, referrer_kind, opened_at, opened_by, revision)
       SELECT $1, $2, $3, p.given_name, p.family_name, $4, f.istat_code, f.name, 'open', $5, $6, $7, $8, $9
         FROM (SELECT 1) one
         LEFT JOIN ${t.case_list_people} p ON p.member_id = $3
         LEFT JOIN ${t.case_list_families} f ON f.family_id = $2
       ON CONFLICT (case_id) DO NOTHING`,
      [
        d.caseId,
        d.familyId,
        d.minorId,
        d.minorBirthDate,
        d.intake.kind,
        d.intake.kind === 'semi-spontaneous' ? d.intake.referrer.kind : null,
        e.metadata.occurredAt,
        (e.metadata.actor as { id: string }).id,
        e.revision.toString(),
      ],
    );
  },
  TeamMemberAssigned: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, team = array_append(array_remove(team, $3), $3) WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
      data<{ workerId: string }>(e).workerId,
    ]),
  TeamMemberReleased: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, team = array_remove(team, $3), case_manager = NULLIF(case_manager, $3) WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
      data<{ workerId: string }>(e).workerId,
    ]),
  CaseManagerChanged: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, case_manager = $3 WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
      data<{ workerId: string }>(e).workerId,
    ]),
  AssessmentCompleted: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, risk_level = $3 WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
      data<Data<CaseEvent, 'AssessmentCompleted'>>(e).riskLevel,
    ]),
  ProtectionMeasureOrdered: (tx, t, e) => openMeasure(tx, t, e, data<{ measureId: string }>(e).measureId),
  EmergencyPlacementMade: (tx, t, e) => openMeasure(tx, t, e, data<{ placementId: string }>(e).placementId),
  ProtectionMeasureEnded: (tx, t, e) => endMeasure(tx, t, e, data<{ measureId: string }>(e).measureId),
  EmergencyPlacementRevoked: (tx, t, e) => endMeasure(tx, t, e, data<{ placementId: string }>(e).placementId),
  // Art. 403: a placement lapsed (c. 7), or revoked by the TM after the hearing (c. 5), is no longer in force.
  MeasureLapsed: (tx, t, e) => endMeasure(tx, t, e, data<{ measureId: string }>(e).measureId),
  EmergencyPlacementValidationReviewed: async (tx, t, e) => {
    const { placementId, outcome } = data<Data<CaseEvent, 'EmergencyPlacementValidationReviewed'>>(e);
    if (outcome === 'revoked') await endMeasure(tx, t, e, placementId);
  },
  CaseClosed: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, status = 'closed', closed_at = $3, closure_reason = $4 WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
      e.metadata.occurredAt,
      data<Data<CaseEvent, 'CaseClosed'>>(e).reason,
    ]),
  CaseReopened: (tx, t, e) =>
    tx.query(`${bumpRevision(t)}, status = 'open', closed_at = NULL, closure_reason = NULL WHERE case_id = $1`, [
      data<{ caseId: string }>(e).caseId,
      e.revision.toString(),
    ]),
};

const openMeasure = (tx: PoolClient, t: TableNames, e: RecordedEvent, id: string) =>
  tx.query(`${bumpRevision(t)}, open_measures = array_append(array_remove(open_measures, $3), $3) WHERE case_id = $1`, [
    data<{ caseId: string }>(e).caseId,
    e.revision.toString(),
    id,
  ]);
const endMeasure = (tx: PoolClient, t: TableNames, e: RecordedEvent, id: string) =>
  tx.query(`${bumpRevision(t)}, open_measures = array_remove(open_measures, $3) WHERE case_id = $1`, [
    data<{ caseId: string }>(e).caseId,
    e.revision.toString(),
    id,
  ]);

const handlers = { ...familyHandlers, ...caseHandlers };

/** The case list of GET /cases. Every other case event only moves the row's revision. */
export const caseListProjection: Projection = {
  name: 'case_list',
  version: 2, // 2: a lapsed art. 403 placement, or one revoked after the hearing, is no longer in force
  handles: [...Object.keys(familyHandlers), ...CASE_EVENT_TYPES],
  tables: CASE_LIST_TABLES,
  async apply(tx, event, tables) {
    const handler = handlers[event.type];
    if (handler) await handler(tx, tables, event);
    else await tx.query(`${bumpRevision(tables)} WHERE case_id = $1`, [data<{ caseId: string }>(event).caseId, event.revision.toString()]);
  },
};
