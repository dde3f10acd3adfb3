import { PoolClient } from 'pg';
import { RecordedEvent } from '../../event-store/event-store';
import { TableNames } from '../projection';
import { DeadlineKind, LEGAL_BASIS } from './deadline.rules';
import { NewDeadline, proceedingKey } from './deadline.openings';

/** The writes of the deadlines projection; always through `t`, so a rebuild writes its shadow tables. */
const UNSETTLED = 'met_by_event_id IS NULL AND cancelled_by_event_id IS NULL';

/** Which rows of a case an event settles. */
export interface Match {
  caseId: string;
  kinds?: readonly DeadlineKind[];
  exceptKinds?: readonly DeadlineKind[];
  subjectId?: string;
  authority?: string;
  proceedingKey?: string | null;
  /** Only rows whose window opened before this instant. */
  openedBefore?: Date;
  /** Only rows due after this instant: what is already past stays as it was (lapsed). */
  dueAfter?: Date;
}

const where = (match: Match, values: unknown[]): string => {
  const param = (value: unknown) => `$${values.push(value)}`;
  const conditions = [UNSETTLED, `case_id = ${param(match.caseId)}`];
  if (match.kinds) conditions.push(`kind = ANY(${param(match.kinds)}::text[])`);
  if (match.exceptKinds) conditions.push(`NOT (kind = ANY(${param(match.exceptKinds)}::text[]))`);
  if (match.subjectId !== undefined) conditions.push(`subject_id = ${param(match.subjectId)}`);
  if (match.authority !== undefined) conditions.push(`authority = ${param(match.authority)}`);
  if (match.proceedingKey) conditions.push(`proceeding_key = ${param(match.proceedingKey)}`);
  if (match.openedBefore) conditions.push(`(opens_at IS NULL OR opens_at < ${param(match.openedBefore)})`);
  if (match.dueAfter) conditions.push(`due_at > ${param(match.dueAfter)}`);
  return conditions.join(' AND ');
};

/** When the fact happened, as the user told it; the store's time only when an event lacks it. */
export const occurredAt = (event: RecordedEvent): Date => new Date(String(event.metadata.occurredAt ?? event.metadata.recordedAt));

export const insertDeadlines = async (tx: PoolClient, t: TableNames, rows: NewDeadline[]): Promise<void> => {
  for (const row of rows) {
    await tx.query(
      `INSERT INTO ${t.deadlines} (id, case_id, kind, legal_basis, due_at, subject_id, opens_at, warn_from, shown_from, authority, proceeding_number, proceeding_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING`,
      [
        row.id,
        row.caseId,
        row.kind,
        LEGAL_BASIS[row.kind],
        row.dueAt,
        row.subjectId,
        row.opensAt ?? null,
        row.warnFrom ?? null,
        row.shownFrom ?? null,
        row.authority ?? null,
        row.proceedingNumber ?? null,
        proceedingKey(row.proceedingNumber),
      ],
    );
  }
};

/** Every unsettled row the match finds is met by the event; `metAt` defaults to when it occurred. */
export const meet = async (tx: PoolClient, t: TableNames, event: RecordedEvent, match: Match, metAt = occurredAt(event)) => {
  const values: unknown[] = [event.id, event.type, metAt];
  await tx.query(
    `UPDATE ${t.deadlines} SET met_by_event_id = $1, met_by_event_type = $2, met_at = $3 WHERE ${where(match, values)}`,
    values,
  );
};

/** Only the earliest unsettled row the match finds is met: one report answers one deadline. */
export const meetEarliest = async (tx: PoolClient, t: TableNames, event: RecordedEvent, match: Match) => {
  const values: unknown[] = [event.id, event.type, occurredAt(event)];
  await tx.query(
    `UPDATE ${t.deadlines} SET met_by_event_id = $1, met_by_event_type = $2, met_at = $3
      WHERE id = (SELECT id FROM ${t.deadlines} WHERE ${where(match, values)} ORDER BY due_at, id LIMIT 1)`,
    values,
  );
};

/** Unsettled rows the match finds, still ahead when the event occurred (or after dueAfter), no longer apply. */
export const cancel = async (tx: PoolClient, t: TableNames, event: RecordedEvent, match: Match) => {
  const at = occurredAt(event);
  const values: unknown[] = [event.id, event.type, at];
  const ahead = { ...match, dueAfter: match.dueAfter ?? at };
  await tx.query(
    `UPDATE ${t.deadlines} SET cancelled_by_event_id = $1, cancelled_by_event_type = $2, cancelled_at = $3 WHERE ${where(ahead, values)}`,
    values,
  );
};

/** A reopening undoes what its closure settled, for the rows still ahead; those due while the case was closed stay as they are. */
export const restoreAfterClosure = async (tx: PoolClient, t: TableNames, caseId: string, closureEventId: string, reopenedAt: Date) => {
  await tx.query(
    `UPDATE ${t.deadlines} SET met_by_event_id = NULL, met_by_event_type = NULL, met_at = NULL
      WHERE case_id = $1 AND met_by_event_id = $2 AND due_at > $3`,
    [caseId, closureEventId, reopenedAt],
  );
  await tx.query(
    `UPDATE ${t.deadlines} SET cancelled_by_event_id = NULL, cancelled_by_event_type = NULL, cancelled_at = NULL
      WHERE case_id = $1 AND cancelled_by_event_id = $2 AND due_at > $3`,
    [caseId, closureEventId, reopenedAt],
  );
};
