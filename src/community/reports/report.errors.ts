import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of reports (segnalazioni); clients switch on `code`, never on `detail`. */
export const reportNotFound = (reportId: string) => new NotFoundError('Report', reportId);
export const reportAlreadyReceived = (reportId: string) =>
  new DomainError('REPORT_ALREADY_RECEIVED', `Report ${reportId} is already recorded`);
export const reportAlreadyScreened = (reportId: string) =>
  new DomainError('REPORT_ALREADY_SCREENED', `Report ${reportId} was already screened`, 409, { reportId });
export const screenedCaseNotFound = (caseId: string) => new NotFoundError('Case', caseId);
/** A screening that says "case opened" must name the case whose intake cites this report, so the link reads both ways. */
export const screenedCaseNotFromReport = (reportId: string, caseId: string) =>
  new DomainError('CASE_NOT_FROM_REPORT', `Case ${caseId} was not opened from report ${reportId}: its intake does not cite it`, 409, {
    reportId,
    caseId,
  });
