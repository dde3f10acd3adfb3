import { CaseEventData, CaseEventType } from '../../cases/case.events';
import { EventFacts } from '../define/define-projection';
import { proceedingKey } from './deadline.openings';
import { changesTerms } from './deadline.later-decrees';
import { ART403_KIND, DeadlineKind } from './deadline.rules';
import { DeadlineRows, Settlement, cancel, meet, meetEarliest, restoreAfterClosure } from './deadlines.settle';
import { recordLapse, settleUnknown } from './deadlines.lapses';
import { endOfRomeDay, instantOf } from './rome-time';

type Settle<K extends CaseEventType> = (d: CaseEventData<K>, by: Settlement, rows: DeadlineRows, facts: EventFacts) => void;
type Settlers = { [K in CaseEventType]?: Settle<K> };

const MEASURE_REPORTS: DeadlineKind[] = ['affido-report', 'measure-report'];

/** At 18 the case must close or move to prosieguo: a closure answers the age deadlines, and cancels the rest. */
const AGE_LIMITS: DeadlineKind[] = ['age-18', 'prosieguo-end'];

/** Who opened the case, as its metadata tells it (empty when it does not): a team member's need-to-know. */
const openerOf = (facts: EventFacts): string => String((facts.metadata.actor as { id?: unknown } | undefined)?.id ?? '');

/** What each event meets or cancels among rows already there; the rows it opens come from deadlinesOpenedBy. */
export const settlers: Settlers = {
  CaseOpened: (d, _by, rows, facts) =>
    rows.deadline_cases.insertIfAbsent({ case_id: d.caseId, opened_by: openerOf(facts), closed_by_event_id: null }),
  TeamMemberAssigned: (d, _by, rows) => rows.deadline_team.insertIfAbsent({ case_id: d.caseId, worker_id: d.workerId }),
  TeamMemberReleased: (d, _by, rows) => rows.deadline_team.delete({ case_id: d.caseId, worker_id: d.workerId }),

  EmergencyPlacementNotified: (d, by, rows) =>
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-transmission'], subjectId: d.placementId }, instantOf(d.notifiedAt).toISOString()),
  EmergencyPlacementValidationRequested: (d, by, rows) =>
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-pm-request'], subjectId: d.placementId }, instantOf(d.requestedAt).toISOString()),
  // The PM's revocation answers the PM's step; the TM's refusal, the TM's.
  EmergencyPlacementRevoked: (d, by, rows) =>
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-pm-request', 'art403-validation'], subjectId: d.placementId }),
  EmergencyPlacementValidated: (d, by, rows) => {
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-validation'], subjectId: d.placementId });
    // A validation with no request before it was recorded before the steps were split: its PM step is not known apart.
    settleUnknown(rows, by, { caseId: d.caseId, kinds: ['art403-pm-request'], subjectId: d.placementId });
  },
  EmergencyPlacementValidationReviewed: (d, by, rows) =>
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-review'], subjectId: d.placementId }),
  MeasureLapsed: (d, by, rows) => recordLapse(rows, by, d.caseId, d.measureId, ART403_KIND[d.missedStep]),
  // The hearing step is met by fixing a hearing within 15 days: its metAt is the hearing's date, so one set later shows lapsed.
  CourtHearingScheduled: (d, by, rows) => {
    if (!d.placementId) return;
    const hearingAt = instantOf(d.hearingDate).toISOString();
    rows.deadline_placements.insertIfAbsent({
      placement_id: d.placementId,
      hearing_event_id: by.id,
      hearing_event_type: by.type,
      hearing_at: hearingAt,
    });
    meet(rows, by, { caseId: d.caseId, kinds: ['art403-hearing'], subjectId: d.placementId }, hearingAt);
  },

  ProtectionMeasureEnded: (d, by, rows) => {
    meet(rows, by, { caseId: d.caseId, kinds: ['affido-end'], subjectId: d.measureId });
    cancel(rows, by, { caseId: d.caseId, kinds: MEASURE_REPORTS, subjectId: d.measureId });
  },
  // The proroga answers the approaching end; the new end and reports come from the opener.
  ProtectionMeasureExtended: (d, by, rows) => meet(rows, by, { caseId: d.caseId, kinds: ['affido-end'], subjectId: d.measureId }),
  ProtectionMeasureModified: (d, by, rows) => {
    if (!changesTerms(d)) return;
    const fromDecree = { caseId: d.caseId, subjectId: d.measureId, dueAfter: endOfRomeDay(d.decreeDate) };
    cancel(rows, by, { ...fromDecree, kinds: MEASURE_REPORTS });
    if (d.endsOn) cancel(rows, by, { caseId: d.caseId, subjectId: d.measureId, kinds: ['affido-end'] });
  },
  JudicialMandateModified: (d, by, rows) => {
    if (!d.reportDeadlines && d.reportEveryMonths === undefined) return;
    const key = proceedingKey(d.proceedingNumber);
    cancel(rows, by, { caseId: d.caseId, kinds: ['mandate-report'], proceedingKey: key, dueAfter: endOfRomeDay(d.decreeDate) });
  },
  JudicialMandateEnded: (d, by, rows) =>
    cancel(rows, by, { caseId: d.caseId, kinds: ['mandate-report'], proceedingKey: proceedingKey(d.proceedingNumber) }),
  /**
   * A report answers at most one deadline of each source: the earliest unmet deadline of the mandate it names
   * (by proceeding number, else by authority), and the earliest affido report to that authority whose window has opened.
   */
  CourtReportSubmitted: (d, by, rows) => {
    const key = proceedingKey(d.proceedingNumber);
    meetEarliest(rows, by, { caseId: d.caseId, kinds: ['mandate-report'], ...(key ? { proceedingKey: key } : { authority: d.authority }) });
    const opened = { caseId: d.caseId, authority: d.authority, openedBefore: new Date(by.at) };
    meetEarliest(rows, by, { ...opened, kinds: ['affido-report'] });
    meetEarliest(rows, by, { ...opened, kinds: ['measure-report'] });
  },

  SupportPlanReviewed: (d, by, rows) => meet(rows, by, { caseId: d.caseId, kinds: ['plan-review'], subjectId: d.planId }),
  SupportPlanClosed: (d, by, rows) => cancel(rows, by, { caseId: d.caseId, kinds: ['plan-review'], subjectId: d.planId }),

  ProsieguoAmministrativoGranted: (d, by, rows) => {
    meet(rows, by, { caseId: d.caseId, kinds: ['age-18'] });
    cancel(rows, by, { caseId: d.caseId, kinds: ['prosieguo-end'] }); // a new decree supersedes the earlier end
  },
  CaseClosed: (d, by, rows) => {
    rows.deadline_cases.update({ case_id: d.caseId }, (row) => ({ ...row, closed_by_event_id: by.id }));
    meet(rows, by, { caseId: d.caseId, kinds: AGE_LIMITS });
    cancel(rows, by, { caseId: d.caseId, exceptKinds: AGE_LIMITS });
  },
  CaseReopened: (d, by, rows) => {
    const closure = rows.deadline_cases.get({ case_id: d.caseId })?.closed_by_event_id;
    if (closure) restoreAfterClosure(rows, d.caseId, closure, new Date(by.at));
    rows.deadline_cases.update({ case_id: d.caseId }, (row) => ({ ...row, closed_by_event_id: null }));
  },
};

/** Runs the settler of the event's type, if it has one. */
export const settle = <K extends CaseEventType>(type: K, d: CaseEventData<K>, by: Settlement, rows: DeadlineRows, facts: EventFacts) =>
  (settlers[type] as Settle<K> | undefined)?.(d, by, rows, facts);
