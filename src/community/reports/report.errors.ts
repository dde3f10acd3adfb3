import { DomainError, NotFoundError } from '../../common/domain-error';

/** Stable codes of reports (segnalazioni); clients switch on `code`, never on `detail`. */
export const reportNotFound = (reportId: string) => new NotFoundError('Report', reportId);
export const reportAlreadyReceived = (reportId: string) =>
  new DomainError('REPORT_ALREADY_RECEIVED', `Report ${reportId} is already recorded`);
export const reportAlreadyScreened = (reportId: string) =>
  new DomainError('REPORT_ALREADY_SCREENED', `Report ${reportId} was already screened`, 409, { reportId });
export const screenedCaseNotFound = (caseId: string) => new NotFoundError('Case', caseId);
