import { Dated } from '../../common/decider';
import { Carrying, CaseCommandFields, CaseContext } from '../case.command';
import { ageLimitFor, birthday, isUnder18On, romeDate } from '../case.age';
import {
  caseAlreadyExists,
  caseAlreadyOpen,
  caseClosed,
  measuresInForce,
  caseNotClosed,
  familyNotFound,
  memberNotAMinor,
  minorNotInFamily,
  minorOverAgeLimit,
  prosieguoBeyond21,
  requesterNotEligible,
  requesterNotInFamily,
} from '../case.errors';
import { CaseEvent } from '../case.events';
import { assertDateNotAfter, assertNotInFuture, assertOpened, isOverAgeLimit } from '../case.guards';
import { plainIntake } from '../case.plain';
import { assertApproved } from '../supervision/supervision.decide';
import { CaseState } from '../case.state';
import { Intake } from '../case.values';
import { assertActivePartner } from '../../community/partners/partner-facts';
import { reportNotFound } from '../../community/reports/report.errors';

/** Opening, closing, reopening, and the prosieguo that carries a case past 18. */

export type OpenCase = { type: 'OpenCase'; familyId: string; minorId: string; intake: Intake } & CaseCommandFields;
export type CloseCase = Carrying<'CloseCase', 'CaseClosed'>;
export type ReopenCase = Carrying<'ReopenCase', 'CaseReopened'>;
export type GrantProsieguo = Carrying<'GrantProsieguo', 'ProsieguoAmministrativoGranted'>;
export type LifecycleCommand = OpenCase | CloseCase | ReopenCase | GrantProsieguo;

/** A referral may cite the partner who made it (registered and active) and the report it came from (recorded). */
const assertCommunitySources = ({ partnerId, reportId }: { partnerId?: string; reportId?: string }, facts: CaseContext['facts']): void => {
  if (partnerId !== undefined) assertActivePartner(partnerId, facts.partners);
  if (reportId !== undefined && !facts.reportExists) throw reportNotFound(reportId);
};

export const openCase = (cmd: Dated<OpenCase>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  assertNotInFuture(cmd.occurredAt, now);
  if (state.status !== 'none') throw caseAlreadyExists(cmd.caseId);
  const { family } = facts;
  if (!family || family.familyId !== cmd.familyId) throw familyNotFound(cmd.familyId);
  const minor = family.members.find((m) => m.id === cmd.minorId);
  if (!minor) throw minorNotInFamily(cmd.minorId, cmd.familyId);
  if (minor.role !== 'minor') throw memberNotAMinor(minor.id, minor.role);
  if (!isUnder18On(minor.birthDate, romeDate(cmd.occurredAt))) {
    throw minorOverAgeLimit(minor.id, ageLimitFor(minor.birthDate));
  }
  if (facts.openCaseIdForMinor && facts.openCaseIdForMinor !== cmd.caseId) {
    throw caseAlreadyOpen(minor.id, facts.openCaseIdForMinor);
  }
  const { intake } = cmd;
  if (intake.kind === 'spontaneous') {
    const requester = family.members.find((m) => m.id === intake.requesterId);
    if (!requester) throw requesterNotInFamily(intake.requesterId, cmd.familyId);
    const eligible = requester.id === minor.id || requester.role === 'parent' || requester.role === 'guardian';
    if (!eligible) throw requesterNotEligible(requester.id, requester.role);
  }
  if (intake.kind === 'judicial') assertDateNotAfter('decreeDate', intake.decreeDate, cmd.occurredAt);
  if (intake.kind === 'semi-spontaneous') assertCommunitySources(intake, facts);
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId: cmd.caseId,
        familyId: cmd.familyId,
        minorId: minor.id,
        minorBirthDate: minor.birthDate,
        intake: plainIntake(intake),
      },
    },
  ];
};

/** Closure is the one command still allowed past the age limit: it is how an over-age case ends. */
export const closeCase = (cmd: Dated<CloseCase>, state: CaseState, context: CaseContext): CaseEvent[] => {
  assertNotInFuture(cmd.occurredAt, context.now);
  assertOpened(state, cmd.caseId);
  if (state.status === 'closed') throw caseClosed(cmd.caseId);
  // Measures in force end first, or go with the case to the service named in a transfer.
  const inForce = Object.values(state.measures).filter((m) => m.status === 'ordered');
  const transfer = cmd.reason === 'transferred' && cmd.receivingService !== undefined;
  if (inForce.length > 0 && !transfer) throw measuresInForce(inForce.map((m) => m.measureId));
  assertApproved('closure', cmd.reason, state, context);
  const { caseId, reason, note, receivingService } = cmd;
  return [{ type: 'CaseClosed', data: { caseId, reason, note, ...(receivingService !== undefined ? { receivingService } : {}) } }];
};

export const reopenCase = (cmd: Dated<ReopenCase>, state: CaseState, { now, facts }: CaseContext): CaseEvent[] => {
  assertNotInFuture(cmd.occurredAt, now);
  assertOpened(state, cmd.caseId);
  if (state.status !== 'closed') throw caseNotClosed(cmd.caseId);
  if (isOverAgeLimit(state, cmd.occurredAt)) {
    throw minorOverAgeLimit(state.minorId, ageLimitFor(state.minorBirthDate, state.prosieguo?.until));
  }
  if (facts.openCaseIdForMinor && facts.openCaseIdForMinor !== cmd.caseId) {
    throw caseAlreadyOpen(state.minorId, facts.openCaseIdForMinor);
  }
  return [{ type: 'CaseReopened', data: { caseId: cmd.caseId, reason: cmd.reason } }];
};

/**
 * The decree that lifts the 18 limit must be recordable after the 18th birthday (decrees often arrive late),
 * so the age limit is checked as if this prosieguo were already in force.
 */
export const grantProsieguo = (cmd: Dated<GrantProsieguo>, state: CaseState, { now }: CaseContext): CaseEvent[] => {
  assertNotInFuture(cmd.occurredAt, now);
  assertOpened(state, cmd.caseId);
  if (state.status === 'closed') throw caseClosed(cmd.caseId);
  const twentyFirst = birthday(state.minorBirthDate, 21);
  if (cmd.until > twentyFirst) throw prosieguoBeyond21(cmd.until, twentyFirst);
  const limitWithThisDecree = ageLimitFor(state.minorBirthDate, cmd.until);
  if (romeDate(cmd.occurredAt) > limitWithThisDecree) throw minorOverAgeLimit(state.minorId, limitWithThisDecree);
  assertDateNotAfter('decreeDate', cmd.decreeDate, cmd.occurredAt);
  assertDateNotAfter('youngPersonConsentedAt', cmd.youngPersonConsentedAt, cmd.occurredAt);
  const { authority, decreeNumber, decreeDate, until, youngPersonConsentedAt } = cmd;
  return [
    {
      type: 'ProsieguoAmministrativoGranted',
      data: { caseId: cmd.caseId, authority, decreeNumber, decreeDate, until, youngPersonConsentedAt },
    },
  ];
};
