import { CaseEvent, CaseEventData, CaseEventType } from '../../cases/case.events';
import { EventFacts, defineProjection } from '../define/define-projection';
import { deadlinesOpenedBy } from './deadline.openings';
import { DEADLINE_TABLES } from './deadlines.tables';
import { DeadlineRows, Settlement, meet, openDeadlines } from './deadlines.settle';
import { closeAfterLapse } from './deadlines.lapses';
import { settle, settlers } from './deadlines.settlers';
import { meetReportDeadline, openReportDeadline } from './report-deadline';
import { instantOf, romeDateOf } from './rome-time';

/** Open-ended report intervals run to the day before the 18th birthday, which the case's age-18 row holds. */
const HORIZON_EVENTS = new Set<CaseEventType>([
  'JudicialMandateReceived',
  'JudicialMandateModified',
  'ProtectionMeasureOrdered',
  'ProtectionMeasureModified',
]);
const horizonOf = (event: CaseEvent, rows: DeadlineRows): string | undefined => {
  if (!HORIZON_EVENTS.has(event.type)) return undefined;
  const age18 = rows.deadlines.get({ id: `age-18:${event.data.caseId}` });
  return age18 && romeDateOf(new Date(age18.due_at));
};

/** The hearing the validation set, else one scheduled for the placement before it, meets the hearing step just opened. */
const meetKnownHearing = (d: CaseEventData<'EmergencyPlacementValidated'>, by: Settlement, rows: DeadlineRows): void => {
  const hearing = { caseId: d.caseId, kinds: ['art403-hearing' as const], subjectId: d.placementId };
  if (d.hearingDate) return meet(rows, by, hearing, instantOf(d.hearingDate).toISOString());
  const scheduled = rows.deadline_placements.get({ placement_id: d.placementId });
  if (scheduled) meet(rows, { ...by, id: scheduled.hearing_event_id, type: scheduled.hearing_event_type }, hearing, scheduled.hearing_at);
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

const CASE_EVENTS = [...new Set<CaseEventType>([...(Object.keys(settlers) as CaseEventType[]), ...OPENERS])];

const settlementOf = (type: string, facts: EventFacts): Settlement => ({ id: facts.id, type, at: facts.occurredAt });

const applyCaseEvent = (event: CaseEvent, facts: EventFacts, rows: DeadlineRows): void => {
  const by = settlementOf(event.type, facts);
  settle(event.type, event.data, by, rows, facts);
  const opened = deadlinesOpenedBy(facts.id, event, horizonOf(event, rows));
  openDeadlines(rows, opened);
  if (event.type === 'EmergencyPlacementValidated') meetKnownHearing(event.data, by, rows);
  // A step recorded after its placement lapsed opens nothing to act on.
  if (opened.some((row) => row.kind.startsWith('art403'))) closeAfterLapse(rows, opened[0].caseId, opened[0].subjectId!);
};

/** The statutory deadlines of GET /deadlines (DOMAIN.md, "Legal rules the system computes"). */
export const deadlinesProjection = defineProjection({
  name: 'deadlines',
  // 2: the art. 403 steps apart, lapses recorded; 3: report screenings; 4: later decrees, report intervals of any measure or mandate;
  // 5: rows written by the batched runner (same tables and columns)
  version: 5,
  tables: DEADLINE_TABLES,
  on: {
    ReportReceived: (d, _facts, rows) => openReportDeadline(d, rows),
    ReportScreened: (d, facts, rows) => meetReportDeadline(d, settlementOf('ReportScreened', facts), rows),
  },
  every: { types: CASE_EVENTS, handle: (event, facts, rows) => applyCaseEvent(event, facts, rows) },
});
