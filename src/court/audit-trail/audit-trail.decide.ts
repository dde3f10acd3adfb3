import { AuditTrailExport, CaseEvent } from '../../cases/case.events';
import { caseNotFound } from '../../cases/case.errors';
import { CaseState } from '../../cases/case.state';

export interface RecordAuditTrailExport {
  type: 'RecordAuditTrailExport';
  caseId: string;
  export: AuditTrailExport;
}

/** Every export is a fact of the case, closed cases included: courts ask for histories after closure. */
export const recordAuditTrailExport = (command: RecordAuditTrailExport, state: CaseState): CaseEvent[] => {
  if (state.status === 'none') throw caseNotFound(command.caseId);
  return [{ type: 'AuditTrailExported', data: { caseId: command.caseId, ...command.export } }];
};
