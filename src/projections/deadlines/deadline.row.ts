import { DeadlineKind, statusOf } from './deadline.rules';
import { DeadlineView } from './dto/deadline.view';
import { romeIso } from './rome-time';

/** Which id field a kind's subject is answered in. */
const SUBJECT_FIELD: Partial<Record<DeadlineKind, 'placementId' | 'measureId' | 'planId' | 'reportId'>> = {
  'art403-transmission': 'placementId',
  'art403-pm-request': 'placementId',
  'art403-validation': 'placementId',
  'art403-hearing': 'placementId',
  'art403-review': 'placementId',
  'affido-end': 'measureId',
  'affido-report': 'measureId',
  'plan-review': 'planId',
  'report-screening': 'reportId',
};

const iso = (value: Date | null) => (value ? romeIso(new Date(value)) : null);

/** A row of the deadlines table, as `SELECT *` answers it. */
export type DeadlineRow = {
  id: string;
  case_id: string | null;
  kind: DeadlineView['kind'];
  due_at: Date;
  legal_basis: DeadlineView['legalBasis'];
  met_by_event_id: DeadlineView['metByEventId'];
  met_by_event_type: DeadlineView['metByEventType'];
  met_at: Date | null;
  cancelled_by_event_id: DeadlineView['cancelledByEventId'];
  cancelled_by_event_type: DeadlineView['cancelledByEventType'];
  cancelled_at: Date | null;
  lapsed_by_event_id: string | null;
  warn_from: Date | null;
  subject_id: string | null;
  authority: string | null;
  proceeding_number: string | null;
};

export const toView = (row: DeadlineRow, now: Date): DeadlineView => {
  const dueAt = new Date(row.due_at);
  const status = statusOf(
    { dueAt, metAt: row.met_at && new Date(row.met_at), cancelledAt: row.cancelled_at && new Date(row.cancelled_at) },
    now,
  );
  const subject = SUBJECT_FIELD[row.kind as DeadlineKind];
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    dueAt: romeIso(dueAt),
    legalBasis: row.legal_basis,
    status,
    metByEventId: row.met_by_event_id,
    metByEventType: row.met_by_event_type,
    metAt: iso(row.met_at),
    cancelledByEventId: row.cancelled_by_event_id,
    cancelledByEventType: row.cancelled_by_event_type,
    cancelledAt: iso(row.cancelled_at),
    lapsedByEventId: row.lapsed_by_event_id ?? null,
    warning: status === 'open' && row.warn_from !== null && now >= new Date(row.warn_from),
    ...(row.warn_from ? { warnFrom: romeIso(new Date(row.warn_from)) } : {}),
    ...(subject && row.subject_id ? { [subject]: row.subject_id } : {}),
    ...(row.authority ? { authority: row.authority } : {}),
    ...(row.proceeding_number ? { proceedingNumber: row.proceeding_number } : {}),
  };
};
