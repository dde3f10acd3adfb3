import { defineTable } from '../define/table';
import { DeadlineKind } from './deadline.rules';

/**
 * One row per deadline with the facts that settle it (met or cancelled, by which event, when); `lapsed` is never
 * stored: it depends on now; lapsed_by_event_id is the MeasureLapsed that followed a missed art. 403 step.
 * Beside it, what settling needs: the case, its team, the art. 403 hearings. Instants travel as ISO text.
 */
export type DeadlineRow = {
  id: string;
  /** Null for a report's screening deadline, which has no case yet. */
  case_id: string | null;
  kind: DeadlineKind;
  legal_basis: string;
  due_at: string;
  subject_id: string | null;
  opens_at: string | null;
  warn_from: string | null;
  shown_from: string | null;
  authority: string | null;
  proceeding_number: string | null;
  proceeding_key: string | null;
  met_by_event_id: string | null;
  met_by_event_type: string | null;
  met_at: string | null;
  cancelled_by_event_id: string | null;
  cancelled_by_event_type: string | null;
  cancelled_at: string | null;
  lapsed_by_event_id: string | null;
};

export const deadlinesTable = defineTable<DeadlineRow>({
  name: 'deadlines',
  columns: {
    id: 'text NOT NULL',
    case_id: 'uuid',
    kind: 'text NOT NULL',
    legal_basis: 'text NOT NULL',
    due_at: 'timestamptz NOT NULL',
    subject_id: 'text',
    opens_at: 'timestamptz',
    warn_from: 'timestamptz',
    shown_from: 'timestamptz',
    authority: 'text',
    proceeding_number: 'text',
    proceeding_key: 'text',
    met_by_event_id: 'uuid',
    met_by_event_type: 'text',
    met_at: 'timestamptz',
    cancelled_by_event_id: 'uuid',
    cancelled_by_event_type: 'text',
    cancelled_at: 'timestamptz',
    lapsed_by_event_id: 'uuid',
  },
  key: ['id'],
  // (case_id, kind) also serves the settlers' lookup of a case's rows.
  indexes: ['(due_at, id)', '(case_id, kind)'],
});

/** closed_by_event_id: the closure a reopening undoes. */
export type DeadlineCaseRow = { case_id: string; opened_by: string; closed_by_event_id: string | null };

export const deadlineCases = defineTable<DeadlineCaseRow>({
  name: 'deadline_cases',
  columns: { case_id: 'uuid NOT NULL', opened_by: 'text NOT NULL', closed_by_event_id: 'uuid' },
  key: ['case_id'],
});

export const deadlineTeam = defineTable<{ case_id: string; worker_id: string }>({
  name: 'deadline_team',
  columns: { case_id: 'uuid NOT NULL', worker_id: 'text NOT NULL' },
  key: ['case_id', 'worker_id'],
  indexes: ['(worker_id)'],
});

/** The first hearing scheduled for an art. 403 placement: it may come before the validation that opens the hearing step. */
export type DeadlinePlacementRow = { placement_id: string; hearing_event_id: string; hearing_event_type: string; hearing_at: string };

export const deadlinePlacements = defineTable<DeadlinePlacementRow>({
  name: 'deadline_placements',
  columns: {
    placement_id: 'text NOT NULL',
    hearing_event_id: 'uuid NOT NULL',
    hearing_event_type: 'text NOT NULL',
    hearing_at: 'timestamptz NOT NULL',
  },
  key: ['placement_id'],
});

export const DEADLINE_TABLES = {
  deadlines: deadlinesTable,
  deadline_cases: deadlineCases,
  deadline_team: deadlineTeam,
  deadline_placements: deadlinePlacements,
};
