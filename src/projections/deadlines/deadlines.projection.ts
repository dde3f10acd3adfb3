import { PoolClient } from 'pg';
import { CaseEvent, CaseEventData, CaseEventType } from '../../cases/case.events';
import { RecordedEvent } from '../../event-store/event-store';
import { Projection, TableNames } from '../projection';
import { deadlinesOpenedBy, proceedingKey } from './deadline.openings';
import { ART403_KIND, DeadlineKind } from './deadline.rules';
import { DEADLINE_TABLES } from './deadlines.tables';
import { cancel, insertDeadlines, meet, meetEarliest, occurredAt, restoreAfterClosure } from './deadlines.sql';
import { closeAfterLapse, recordLapse, settleUnknown } from './deadlines.lapses.sql';
import { REPORT_DEADLINE_EVENTS, applyReportDeadline, isReportDeadlineEvent } from './report-deadline';
import { endOfRomeDay, instantOf, romeDateOf } from './rome-time';
import { changesTerms } from './deadline.later-decrees';

type Settle<K extends CaseEventType> = (tx: PoolClient, t: TableNames, event: RecordedEvent, data: CaseEventData<K>) => Promise<unknown>;
type Settlers = { [K in CaseEventType]?: Settle<K> };

const MEASURE_REPORTS: DeadlineKind[] = ['affido-report', 'measure-report'];

/** Open-ended report intervals run to the day before the 18th birthday, which the case's age-18 row holds. */
const HORIZON_EVENTS = new Set([
  'JudicialMandateReceived',
  'JudicialMandateModified',
  'ProtectionMeasureOrdered',
  'ProtectionMeasureModified',
]);
const horizonOf = async (tx: PoolClient, t: TableNames, event: CaseEvent): Promise<string | undefined> => {
  if (!HORIZON_EVENTS.has(event.type)) return undefined;
  const { rows } = await tx.query<{ due_at: Date }>(`SELECT due_at FROM ${t.deadlines} WHERE id = $1`, [`age-18:${event.data.caseId}`]);
  return rows[0] && romeDateOf(rows[0].due_at);
};

/** At 18 the case must close or move to prosieguo: a closure answers the age deadlines, and cancels the rest. */
const AGE_LIMITS: DeadlineKind[] = ['age-18', 'prosieguo-end'];

/** What each event meets or cancels among rows already there; the rows it opens come from deadlinesOpenedBy. */
const settlers: Settlers = {
  CaseOpened: (tx, t, e, d) =>
    tx.query(`INSERT INTO ${t.deadline_cases} (case_id, opened_by) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING`, [
      d.caseId,
      String((e.metadata.actor as { id?: unknown } | undefined)?.id ?? ''),
    ]),
  TeamMemberAssigned: (tx, t, _e, d) =>
    tx.query(`INSERT INTO ${t.deadline_team} (case_id, worker_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [d.caseId, d.workerId]),
  TeamMemberReleased: (tx, t, _e, d) =>
    tx.query(`DELETE FROM ${t.deadline_team} WHERE case_id = $1 AND worker_id = $2`, [d.caseId, d.workerId]),

  EmergencyPlacementNotified: (tx, t, e, d) =>
    meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-transmission'], subjectId: d.placementId }, instantOf(d.notifiedAt)),
  EmergencyPlacementValidationRequested: (tx, t, e, d) =>
    meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-pm-request'], subjectId: d.placementId }, instantOf(d.requestedAt)),
  // The PM's revocation answers the PM's step; the TM's refusal, the TM's.
  EmergencyPlacementRevoked: (tx, t, e, d) =>
    meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-pm-request', 'art403-validation'], subjectId: d.placementId }),
  EmergencyPlacementValidated: async (tx, t, e, d) => {
    await meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-validation'], subjectId: d.placementId });
    // A validation with no request before it was recorded before the steps were split: its PM step is not known apart.
    await settleUnknown(tx, t, e, { caseId: d.caseId, kinds: ['art403-pm-request'], subjectId: d.placementId });
  },
  EmergencyPlacementValidationReviewed: (tx, t, e, d) =>
    meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-review'], subjectId: d.placementId }),
  MeasureLapsed: (tx, t, e, d) => recordLapse(tx, t, e, d.measureId, ART403_KIND[d.missedStep]),
  // The hearing step is met by fixing a hearing within 15 days: its metAt is the hearing's date, so one set later shows lapsed.
  CourtHearingScheduled: async (tx, t, e, d) => {
    if (!d.placementId) return;
    const hearingAt = instantOf(d.hearingDate);
    await tx.query(`INSERT INTO ${t.deadline_placements} VALUES ($1, $2, $3, $4) ON CONFLICT (placement_id) DO NOTHING`, [
      d.placementId,
      e.id,
      e.type,
      hearingAt,
    ]);
    await meet(tx, t, e, { caseId: d.caseId, kinds: ['art403-hearing'], subjectId: d.placementId }, hearingAt);
  },

  ProtectionMeasureEnded: async (tx, t, e, d) => {
    await meet(tx, t, e, { caseId: d.caseId, kinds: ['affido-end'], subjectId: d.measureId });
    await cancel(tx, t, e, { caseId: d.caseId, kinds: MEASURE_REPORTS, subjectId: d.measureId });
  },
  // The proroga answers the approaching end; the new end and reports come from the opener.
  ProtectionMeasureExtended: (tx, t, e, d) => meet(tx, t, e, { caseId: d.caseId, kinds: ['affido-end'], subjectId: d.measureId }),
  ProtectionMeasureModified: async (tx, t, e, d) => {
    if (!changesTerms(d)) return;
    const fromDecree = { caseId: d.caseId, subjectId: d.measureId, dueAfter: endOfRomeDay(d.decreeDate) };
    await cancel(tx, t, e, { ...fromDecree, kinds: MEASURE_REPORTS });
    if (d.endsOn) await cancel(tx, t, e, { caseId: d.caseId, subjectId: d.measureId, kinds: ['affido-end'] });
  },
  JudicialMandateModified: async (tx, t, e, d) => {
    if (!d.reportDeadlines && d.reportEveryMonths === undefined) return;
    const key = proceedingKey(d.proceedingNumber);
    await cancel(tx, t, e, { caseId: d.caseId, kinds: ['mandate-report'], proceedingKey: key, dueAfter: endOfRomeDay(d.decreeDate) });
  },
  JudicialMandateEnded: (tx, t, e, d) =>
    cancel(tx, t, e, { caseId: d.caseId, kinds: ['mandate-report'], proceedingKey: proceedingKey(d.proceedingNumber) }),
  /**
   * A report answers at most one deadline of each source: the earliest unmet deadline of the mandate it names
   * (by proceeding number, else by authority), and the earliest affido report to that authority whose window has opened.
   */
  CourtReportSubmitted: async (tx, t, e, d) => {
    const key = proceedingKey(d.proceedingNumber);
    await meetEarliest(tx, t, e, {
      caseId: d.caseId,
      kinds: ['mandate-report'],
      ...(key ? { proceedingKey: key } : { authority: d.authority }),
    });
    const opened = { caseId: d.caseId, authority: d.authority, openedBefore: occurredAt(e) };
    await meetEarliest(tx, t, e, { ...opened, kinds: ['affido-report'] });
    await meetEarliest(tx, t, e, { ...opened, kinds: ['measure-report'] });
  },

  SupportPlanReviewed: (tx, t, e, d) => meet(tx, t, e, { caseId: d.caseId, kinds: ['plan-review'], subjectId: d.planId }),
  SupportPlanClosed: (tx, t, e, d) => cancel(tx, t, e, { caseId: d.caseId, kinds: ['plan-review'], subjectId: d.planId }),

  ProsieguoAmministrativoGranted: async (tx, t, e, d) => {
    await meet(tx, t, e, { caseId: d.caseId, kinds: ['age-18'] });
    await cancel(tx, t, e, { caseId: d.caseId, kinds: ['prosieguo-end'] }); // a new decree supersedes the earlier end
  },
  CaseClosed: async (tx, t, e, d) => {
    await tx.query(`UPDATE ${t.deadline_cases} SET closed_by_event_id = $2 WHERE case_id = $1`, [d.caseId, e.id]);
    await meet(tx, t, e, { caseId: d.caseId, kinds: AGE_LIMITS });
    await cancel(tx, t, e, { caseId: d.caseId, exceptKinds: AGE_LIMITS });
  },
  CaseReopened: async (tx, t, e, d) => {
    const { rows } = await tx.query(`SELECT closed_by_event_id FROM ${t.deadline_cases} WHERE case_id = $1`, [d.caseId]);
    if (rows[0]?.closed_by_event_id) await restoreAfterClosure(tx, t, d.caseId, rows[0].closed_by_event_id, occurredAt(e));
    await tx.query(`UPDATE ${t.deadline_cases} SET closed_by_event_id = NULL WHERE case_id = $1`, [d.caseId]);
  },
};

/** The hearing the validation set, else one scheduled for the placement before it, meets the hearing step just opened. */
const meetKnownHearing = async (tx: PoolClient, t: TableNames, e: RecordedEvent, d: CaseEventData<'EmergencyPlacementValidated'>) => {
  const hearing = { caseId: d.caseId, kinds: ['art403-hearing'] as DeadlineKind[], subjectId: d.placementId };
  if (d.hearingDate) return meet(tx, t, e, hearing, instantOf(d.hearingDate));
  const { rows } = await tx.query(`SELECT * FROM ${t.deadline_placements} WHERE placement_id = $1`, [d.placementId]);
  if (rows[0]) await meet(tx, t, { ...e, id: rows[0].hearing_event_id, type: rows[0].hearing_event_type }, hearing, rows[0].hearing_at);
};

/** Settling runs before opening: a review meets the previous review date, then opens the next one. */
const OPENERS = [
  'CaseOpened',
  'JudicialMandateReceived',
  'JudicialMandateModified',
  'ProtectionMeasureExtended',
  'ProtectionMeasureModified',
  'SupportPlanDrafted',
  'SupportPlanReviewed',
  'ProtectionMeasureOrdered',
  'EmergencyPlacementMade',
  'EmergencyPlacementNotified',
  'EmergencyPlacementValidationRequested',
  'EmergencyPlacementValidated',
  'CourtHearingScheduled',
  'ProsieguoAmministrativoGranted',
] as const;

/** The statutory deadlines of GET /deadlines (DOMAIN.md, "Legal rules the system computes"). */
export const deadlinesProjection: Projection = {
  name: 'deadlines',
  // 2: the art. 403 steps apart, lapses recorded; 3: report screenings; 4: later decrees, report intervals of any measure or mandate
  version: 4,
  handles: [...new Set([...Object.keys(settlers), ...OPENERS, ...REPORT_DEADLINE_EVENTS])],
  tables: DEADLINE_TABLES,
  async apply(tx, event, tables) {
    if (isReportDeadlineEvent(event)) return applyReportDeadline(tx, tables, event);
    const caseEvent = { type: event.type, data: event.data } as CaseEvent;
    await (settlers[caseEvent.type] as Settle<CaseEventType> | undefined)?.(tx, tables, event, caseEvent.data);
    const opened = deadlinesOpenedBy(event.id, caseEvent, await horizonOf(tx, tables, caseEvent));
    await insertDeadlines(tx, tables, opened);
    if (caseEvent.type === 'EmergencyPlacementValidated') await meetKnownHearing(tx, tables, event, caseEvent.data);
    // A step recorded after its placement lapsed opens nothing to act on.
    if (opened.some((row) => row.kind.startsWith('art403'))) await closeAfterLapse(tx, tables, opened[0].subjectId!);
  },
};
