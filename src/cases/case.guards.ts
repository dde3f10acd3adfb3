import { romeDate, ageLimitFor } from './case.age';
import {
  caseClosed,
  caseNotFound,
  dateBeforeBirth,
  dateAfterOccurredAt,
  endBeforeStart,
  idAlreadyUsed,
  invalidOccurredAt,
  minorOverAgeLimit,
  occurredAtInFuture,
} from './case.errors';
import { CaseState } from './case.state';

/** Clocks of the devices that send commands drift; a few minutes ahead is not "in the future". */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const assertNotInFuture = (occurredAt: string, now: Date): void => {
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at)) throw invalidOccurredAt(occurredAt);
  if (at > now.getTime() + CLOCK_SKEW_MS) throw occurredAtInFuture(occurredAt);
};

// Age is evaluated at the command's occurredAt (when the fact happened), so late recording of earlier facts still works.
export const isOverAgeLimit = (state: CaseState, occurredAt: string): boolean =>
  romeDate(occurredAt) > ageLimitFor(state.minorBirthDate, state.prosieguo?.until);

export const assertOpened = (state: CaseState, caseId: string): void => {
  if (state.status === 'none') throw caseNotFound(caseId);
};

/** The one guard of every command but open, close and reopen: the case exists, is open, and the minor is within age. */
export const assertCaseActive = (state: CaseState, occurredAt: string, caseId = state.caseId): void => {
  assertOpened(state, caseId);
  if (state.status === 'closed') throw caseClosed(caseId);
  if (isOverAgeLimit(state, occurredAt)) {
    throw minorOverAgeLimit(state.minorId, ageLimitFor(state.minorBirthDate, state.prosieguo?.until));
  }
};

/** What every ordinary command checks first: not in the future, then an active case, then not before the minor was born. */
export const guard = (cmd: { caseId: string; occurredAt: string }, state: CaseState, now: Date): void => {
  assertNotInFuture(cmd.occurredAt, now);
  assertCaseActive(state, cmd.occurredAt, cmd.caseId);
  if (romeDate(cmd.occurredAt) < state.minorBirthDate) throw dateBeforeBirth(cmd.occurredAt, state.minorBirthDate);
};

/** A calendar date that must already have happened when the fact occurred (a decree date, a start). */
export const assertDateNotAfter = (field: string, date: string, occurredAt: string): void => {
  if (date > romeDate(occurredAt)) throw dateAfterOccurredAt(field, date, occurredAt);
};

/** Sub-entity ids come from the caller; a reused one would silently overwrite history. */
export const assertNewId = (record: Record<string, unknown>, what: string, id: string): void => {
  if (Object.hasOwn(record, id)) throw idAlreadyUsed(what, id);
};

export const assertNotBefore = (field: string, date: string | undefined, start: string): void => {
  if (date !== undefined && date < start) throw endBeforeStart(field, date, start);
};
