import { DomainError, InvalidInputError } from '../common/domain-error';

/** Stable codes of the cases feature; clients switch on `code`, never on `detail`. */
const refused = (code: string, detail: string, extensions: Record<string, unknown> = {}) => new DomainError(code, detail, 409, extensions);
const missing = (code: string, detail: string, extensions: Record<string, unknown>) => new DomainError(code, detail, 404, extensions);

// the case itself
export const caseNotFound = (caseId: string) => missing('CASE_NOT_FOUND', `case ${caseId} does not exist`, { caseId });
export const caseAlreadyExists = (caseId: string) => refused('CASE_ALREADY_EXISTS', `case ${caseId} has already been opened`, { caseId });
export const caseClosed = (caseId: string) => refused('CASE_CLOSED', `case ${caseId} is closed`, { caseId });
export const caseNotClosed = (caseId: string) =>
  refused('CASE_NOT_CLOSED', `case ${caseId} is not closed, so it cannot be reopened`, { caseId });
export const caseAlreadyOpen = (minorId: string, openCaseId: string) =>
  refused('CASE_ALREADY_OPEN', `minor ${minorId} already has an open case: ${openCaseId}`, { minorId, openCaseId });

// intake and the minor
export const familyNotFound = (familyId: string) => missing('FAMILY_NOT_FOUND', `family ${familyId} does not exist`, { familyId });
export const minorNotInFamily = (minorId: string, familyId: string) =>
  refused('MINOR_NOT_IN_FAMILY', `person ${minorId} is not a member of family ${familyId}`, { minorId, familyId });
export const memberNotAMinor = (memberId: string, role: string) =>
  refused('MEMBER_NOT_A_MINOR', `family member ${memberId} has role ${role}, not minor`, { memberId, role });
export const requesterNotInFamily = (requesterId: string, familyId: string) =>
  refused('REQUESTER_NOT_IN_FAMILY', `requester ${requesterId} is not a member of family ${familyId}`, {
    requesterId,
    familyId,
  });
export const requesterNotEligible = (requesterId: string, role: string) =>
  refused('REQUESTER_NOT_ELIGIBLE', `a spontaneous request comes from a parent, a guardian or the minor, not a ${role}`, {
    requesterId,
    role,
  });
export const minorOverAgeLimit = (minorId: string, limit: string) =>
  refused('MINOR_OVER_AGE_LIMIT', `the minor ${minorId} is past the age limit (${limit}) on that date`, { minorId, limit });
export const prosieguoBeyond21 = (until: string, twentyFirstBirthday: string) =>
  refused('PROSIEGUO_BEYOND_21', `a prosieguo amministrativo may last at most to the 21st birthday (${twentyFirstBirthday})`, {
    until,
    twentyFirstBirthday,
  });

// team
export const teamMemberAlreadyAssigned = (workerId: string) =>
  refused('TEAM_MEMBER_ALREADY_ASSIGNED', `${workerId} is already on the team`, { workerId });
export const teamMemberNotFound = (workerId: string) => missing('TEAM_MEMBER_NOT_FOUND', `${workerId} is not on the team`, { workerId });
export const caseManagerNotAMember = (workerId: string) =>
  refused('CASE_MANAGER_NOT_A_MEMBER', `the case manager must be a current team member; ${workerId} is not`, { workerId });
export const caseManagerUnchanged = (workerId: string) =>
  refused('CASE_MANAGER_UNCHANGED', `${workerId} is already the case manager`, { workerId });

// break-glass
export const accessGrantNeedless = (workerId: string) =>
  refused('ACCESS_GRANT_NEEDLESS', `${workerId} is already on this case and needs no grant`, { workerId });
export const accessGrantNotFound = (workerId: string) =>
  missing('ACCESS_GRANT_NOT_FOUND', `${workerId} holds no running grant on this case`, { workerId });

// sub-entities: not found (404) and refused transitions (409)
export const notFound = (code: string, what: string, id: string) => missing(code, `${what} ${id} does not exist`, { id });
export const assessmentAlreadyOpen = (discipline: string, assessmentId: string) =>
  refused('ASSESSMENT_ALREADY_OPEN', `a ${discipline} assessment is already open: ${assessmentId}`, {
    discipline,
    assessmentId,
  });
export const wrongState = (code: string, what: string, id: string, state: string) =>
  refused(code, `${what} ${id} is ${state}`, { id, state });
export const interventionsStillActive = (planId: string, interventionIds: string[]) =>
  refused('INTERVENTIONS_STILL_ACTIVE', `end the plan's interventions before closing it`, { planId, interventionIds });
export const placementNotNotified = (placementId: string) =>
  refused('PLACEMENT_NOT_NOTIFIED', `placement ${placementId}: send the measure and acts to the PM first (notification)`, { placementId });
/** An art. 403 step out of order: the detail says which step comes first. */
export const placementStepRefused = (code: string, placementId: string, instead: string) =>
  refused(code, `emergency placement ${placementId}: ${instead}`, { placementId });
export const legalBasisIncompatible = (kind: string, legalBasis: string, allowed: readonly string[]) =>
  refused('LEGAL_BASIS_INCOMPATIBLE', `a ${kind} rests on ${allowed.join(' or ')}, not on ${legalBasis}`, { kind, legalBasis, allowed });
export const measuresInForce = (measureIds: string[]) =>
  refused(
    'MEASURES_IN_FORCE',
    'end each measure in force first (protection-measures/{id}/end), or close as transferred naming the receivingService',
    { measureIds },
  );
// court orders that change over time
export const measureNotOrdered = (measureId: string) =>
  refused('MEASURE_NOT_ORDERED', `protection measure ${measureId} has no decree yet: record the order first (…/order)`, { measureId });
export const measureAlreadyOrdered = (measureId: string) =>
  refused(
    'MEASURE_ALREADY_ORDERED',
    `protection measure ${measureId} is already ordered: record a later decree as an extension or a modification`,
    { measureId },
  );
export const measureWithoutTerm = (measureId: string) =>
  refused('MEASURE_WITHOUT_TERM', `protection measure ${measureId} has no term to extend: record a modification instead`, {
    measureId,
  });
export const measureTermExpired = (measureId: string, endsOn: string) =>
  refused('MEASURE_TERM_EXPIRED', `protection measure ${measureId} ended on ${endsOn}, before this decree: order a new measure`, {
    measureId,
    endsOn,
  });
export const mandateNotFound = (proceedingNumber: string) =>
  missing('MANDATE_NOT_FOUND', `no mandate of proceeding ${proceedingNumber} is on this case`, { proceedingNumber });
export const mandateAlreadyEnded = (proceedingNumber: string) =>
  refused('MANDATE_ALREADY_ENDED', `the mandates of proceeding ${proceedingNumber} have already ended`, { proceedingNumber });
export const reportHeadHashMismatch = (toRevision: number) =>
  refused('REPORT_HEAD_HASH_MISMATCH', `the hash given for revision ${toRevision} is not the stream's hash there`, {
    toRevision,
  });

// input only the domain can reject (400)
export const occurredAtInFuture = (occurredAt: string) =>
  new InvalidInputError('OCCURRED_AT_IN_FUTURE', `occurredAt ${occurredAt} lies in the future`, { occurredAt });
export const invalidOccurredAt = (occurredAt: string) =>
  new InvalidInputError('INVALID_OCCURRED_AT', `occurredAt ${occurredAt} is not an ISO 8601 instant`, { occurredAt });
export const dateAfterOccurredAt = (field: string, value: string, occurredAt: string) =>
  new InvalidInputError('DATE_AFTER_OCCURRED_AT', `${field} ${value} lies after the fact's date (${occurredAt})`, {
    field,
    value,
    occurredAt,
  });
export const endBeforeStart = (field: string, value: string, start: string) =>
  new InvalidInputError('END_BEFORE_START', `${field} ${value} lies before ${start}`, { field, value, start });
export const dateBeforeBirth = (occurredAt: string, birthDate: string) =>
  new InvalidInputError('DATE_BEFORE_BIRTH', `occurredAt ${occurredAt} lies before the minor was born (${birthDate})`, {
    occurredAt,
    birthDate,
  });
export const parentalConsentRequired = (measureId: string) =>
  new InvalidInputError('PARENTAL_CONSENT_REQUIRED', 'a consensual affido needs the consent of a parent or guardian', {
    measureId,
  });
export const extensionNotLater = (endsOn: string, currentEnd: string) =>
  new InvalidInputError('EXTENSION_NOT_LATER', `an extension ends after the current term (${currentEnd}), not on ${endsOn}`, {
    endsOn,
    currentEnd,
  });
export const extensionNotByTm = (authority: string) =>
  new InvalidInputError(
    'EXTENSION_NOT_BY_TM',
    `only the tribunale-per-i-minorenni extends an affido (L. 184/1983 art. 4 c. 4), not ${authority}`,
    {
      authority,
    },
  );
export const laterEndIsExtension = (endsOn: string, currentEnd: string) =>
  new InvalidInputError('LATER_END_IS_EXTENSION', `ending on ${endsOn}, after the term ${currentEnd}, is an extension: POST …/extensions`, {
    endsOn,
    currentEnd,
  });
export const decreeRequired = (measureId: string, term: string | undefined) =>
  new InvalidInputError(
    'DECREE_REQUIRED',
    `an ordered measure ended before its term${term ? ` (${term})` : ''} ends by a decree: give decree`,
    { measureId, term },
  );
export const reportRangeBeyondStream = (toRevision: number) =>
  new InvalidInputError('REPORT_RANGE_BEYOND_STREAM', `the case has no event at revision ${toRevision}`, { toRevision });
export const idAlreadyUsed = (what: string, id: string) => refused('ID_ALREADY_USED', `${what} ${id} already exists on this case`, { id });

export class NotOnCaseTeamError extends DomainError {
  constructor(caseId: string) {
    super('NOT_ON_CASE_TEAM', `Only the team of case ${caseId}, whoever opened it, and coordinators may work on it`, 403, { caseId });
  }
}
