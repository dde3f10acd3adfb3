import { CaseEvent } from '../../cases/case.events';
import { DeadlineKind, affidoEndDate, affidoReportWindows, age18Due, age18ShownFrom, warningFrom } from './deadline.rules';
import { hearingDue, pmRequestDue, reviewDue, transmissionDue, validationDue } from '../../cases/placement/art403.rules';
import { endOfRomeDay, romeDateOf } from './rome-time';
import { extensionRows, mandateReports, modificationRows, orderedMeasureReports } from './deadline.later-decrees';

/** A deadline row as an event opens it. Ids are built from the event, so a rebuild makes the same rows. */
export interface NewDeadline {
  id: string;
  caseId: string;
  kind: DeadlineKind;
  dueAt: Date;
  /** The placement, measure or plan the deadline is about; the mandate's event for a mandate report. */
  subjectId: string | null;
  /** From when a fact can meet it (the window of a periodic report). */
  opensAt?: Date;
  warnFrom?: Date;
  /** Until then the query hides the row unless asked (the 18th birthday: 90 days ahead). */
  shownFrom?: Date;
  authority?: string;
  proceedingNumber?: string;
}

const AFFIDO_BASES = new Set(['l184-art4-consensual-affido', 'l184-art4-judicial-affido']);

/** R.G. numbers are written many ways ("123/2026 R.G.", "RG 123/2026"): number/year is the key, else the bare text. */
export const proceedingKey = (proceedingNumber: string | undefined): string | null => {
  if (!proceedingNumber) return null;
  const numberYear = /(\d+)\s*\/\s*(\d{4})/.exec(proceedingNumber);
  return numberYear ? `${numberYear[1]}/${numberYear[2]}` : proceedingNumber.toLowerCase().replace(/[^a-z0-9]/g, '');
};

const planReview = (eventId: string, caseId: string, planId: string, nextReviewOn: string | undefined): NewDeadline[] =>
  nextReviewOn
    ? [{ id: `plan-review:${planId}:${eventId}`, caseId, kind: 'plan-review', dueAt: endOfRomeDay(nextReviewOn), subjectId: planId }]
    : [];

const affido = (event: Extract<CaseEvent, { type: 'ProtectionMeasureOrdered' }>['data']): NewDeadline[] => {
  if (!AFFIDO_BASES.has(event.legalBasis)) return [];
  const { caseId, measureId, authority } = event;
  const startsOn = event.startsOn ?? event.decreeDate;
  const endDate = affidoEndDate(startsOn, event.endsOn);
  const endDue = endOfRomeDay(endDate);
  const end: NewDeadline = {
    id: `affido-end:${measureId}`,
    caseId,
    kind: 'affido-end',
    dueAt: endDue,
    subjectId: measureId,
    warnFrom: warningFrom(endDue),
  };
  const reports = affidoReportWindows(startsOn, endDate, event.reportEveryMonths).map(({ n, opensAt, dueAt }): NewDeadline => ({
    id: `affido-report:${measureId}:${n}`,
    caseId,
    kind: 'affido-report',
    dueAt,
    subjectId: measureId,
    opensAt,
    authority,
  }));
  return [end, ...reports];
};

/** One row per step and placement: a rebuild, or a second hearing, makes the same id again. */
const art403Row = (kind: DeadlineKind, caseId: string, placementId: string, dueAt: Date): NewDeadline => ({
  id: `${kind}:${placementId}`,
  caseId,
  kind,
  dueAt,
  subjectId: placementId,
});

/** The deadlines an event starts. Meeting and cancelling need the rows already there: the projection does those. */
export const deadlinesOpenedBy = (eventId: string, event: CaseEvent, horizon?: string): NewDeadline[] => {
  switch (event.type) {
    case 'CaseOpened': {
      const { caseId, minorBirthDate, intake } = event.data;
      const age18Row: NewDeadline = {
        id: `age-18:${caseId}`,
        caseId,
        kind: 'age-18',
        dueAt: age18Due(minorBirthDate),
        subjectId: null,
        shownFrom: age18ShownFrom(minorBirthDate),
        warnFrom: age18ShownFrom(minorBirthDate),
      };
      const until = romeDateOf(age18Row.dueAt);
      return [age18Row, ...(intake.kind === 'judicial' ? mandateReports(eventId, { caseId, ...intake }, until) : [])];
    }
    case 'JudicialMandateReceived':
    case 'JudicialMandateModified':
      return mandateReports(eventId, event.data, horizon);
    case 'ProtectionMeasureExtended':
      return extensionRows(eventId, event.data);
    case 'ProtectionMeasureModified':
      return modificationRows(eventId, event.data, horizon);
    case 'SupportPlanDrafted':
    case 'SupportPlanReviewed':
      return planReview(eventId, event.data.caseId, event.data.planId, event.data.nextReviewOn);
    case 'ProtectionMeasureOrdered':
      return [...affido(event.data), ...orderedMeasureReports(event.data, horizon)];
    case 'EmergencyPlacementMade': {
      const { caseId, placementId, placedAt } = event.data;
      return [art403Row('art403-transmission', caseId, placementId, transmissionDue(placedAt))];
    }
    case 'EmergencyPlacementNotified': {
      const { caseId, placementId, notifiedAt } = event.data;
      return [art403Row('art403-pm-request', caseId, placementId, pmRequestDue(notifiedAt))];
    }
    case 'EmergencyPlacementValidationRequested': {
      const { caseId, placementId, requestedAt } = event.data;
      return [art403Row('art403-validation', caseId, placementId, validationDue(requestedAt))];
    }
    case 'EmergencyPlacementValidated': {
      const { caseId, placementId, decreeDate, hearingDate } = event.data;
      const review = hearingDate ? [art403Row('art403-review', caseId, placementId, reviewDue(hearingDate))] : [];
      return [art403Row('art403-hearing', caseId, placementId, hearingDue(decreeDate)), ...review];
    }
    case 'CourtHearingScheduled': {
      // The art. 403 hearing, however it was set, starts the TM's 15 days to review the validation (the first one counts).
      const { caseId, placementId, hearingDate } = event.data;
      return placementId ? [art403Row('art403-review', caseId, placementId, reviewDue(hearingDate))] : [];
    }
    case 'ProsieguoAmministrativoGranted': {
      const { caseId, until } = event.data;
      return [{ id: `prosieguo-end:${eventId}`, caseId, kind: 'prosieguo-end', dueAt: endOfRomeDay(until), subjectId: null }];
    }
    default:
      return [];
  }
};
