import { InvalidInputError } from '../../common/domain-error';
import { Dated } from '../../common/decider';
import { CaseContext } from '../case.command';
import { accessGrantNeedless, accessGrantNotFound } from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertOpened } from '../case.guards';
import { CaseState } from '../case.state';
import { hasValidGrant } from './access-grants.evolve';

/** Break-glass is for an emergency (a night call, a colleague away), not a way around assignment: three days at most. */
export const MAX_GRANT_HOURS = 72;
export const MAX_GRANT_REASON_LENGTH = 1000;

/** The grant starts when it is recorded: a break-glass read cannot be backdated, so the command carries no occurredAt. */
export interface GrantCaseAccess {
  type: 'GrantCaseAccess';
  caseId: string;
  workerId: string;
  reason: string;
  hours: number;
  occurredAt?: string;
}

export interface RevokeCaseAccess {
  type: 'RevokeCaseAccess';
  caseId: string;
  workerId: string;
  reason?: string;
  occurredAt?: string;
}

export type AccessGrantCommand = GrantCaseAccess | RevokeCaseAccess;

/** Closed cases too: a court may ask about a closed case at night. A new grant to the same worker replaces the last one. */
export const grantCaseAccess = (cmd: Dated<GrantCaseAccess>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  assertOpened(state, cmd.caseId);
  if (!Number.isInteger(cmd.hours) || cmd.hours < 1 || cmd.hours > MAX_GRANT_HOURS) {
    throw new InvalidInputError('GRANT_DURATION_OUT_OF_RANGE', `a grant lasts 1 to ${MAX_GRANT_HOURS} whole hours`, { hours: cmd.hours });
  }
  const reason = cmd.reason.trim();
  if (reason.length === 0 || reason.length > MAX_GRANT_REASON_LENGTH) {
    throw new InvalidInputError('GRANT_REASON_REQUIRED', `a grant needs a reason of 1 to ${MAX_GRANT_REASON_LENGTH} characters`);
  }
  if (Object.hasOwn(state.team, cmd.workerId) || state.openedBy === cmd.workerId || state.caseManagerId === cmd.workerId) {
    throw accessGrantNeedless(cmd.workerId);
  }
  const expiresAt = new Date(now.getTime() + cmd.hours * 3_600_000).toISOString();
  return [{ type: 'CaseAccessGranted', data: { caseId: cmd.caseId, workerId: cmd.workerId, reason, expiresAt } }];
};

/** Only a grant still running can be revoked: an expired one has already ended by itself. */
export const revokeCaseAccess = (cmd: Dated<RevokeCaseAccess>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  assertOpened(state, cmd.caseId);
  if (!hasValidGrant(state, cmd.workerId, now)) throw accessGrantNotFound(cmd.workerId);
  const reason = cmd.reason?.trim();
  return [{ type: 'CaseAccessGrantRevoked', data: { caseId: cmd.caseId, workerId: cmd.workerId, ...(reason && { reason }) } }];
};
