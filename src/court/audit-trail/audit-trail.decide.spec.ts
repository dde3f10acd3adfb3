import { AuditTrailExport } from '../../cases/case.events';
import { CASE_ID, caseClosed, caseOpened, id } from '../../cases/testing/case.fixtures';
import { given } from '../../cases/testing/given';
import { RecordAuditTrailExport, recordAuditTrailExport } from './audit-trail.decide';

const exported: AuditTrailExport = {
  exportId: id(50),
  document: 'audit-trail',
  format: 'pdf',
  range: { axis: 'recorded', from: null, to: null },
  digest: 'ab'.repeat(32),
  heads: [{ stream: `case-${CASE_ID}`, revision: 0, hash: 'cd'.repeat(32) }],
  checkpointId: id(51),
};
const recordExport: RecordAuditTrailExport = { type: 'RecordAuditTrailExport', caseId: CASE_ID, export: exported };

describe('recording a court export', () => {
  it('records the export as a fact of the case', () =>
    given(caseOpened())
      .when((state) => recordAuditTrailExport(recordExport, state))
      .thenEvents([{ type: 'AuditTrailExported', data: { caseId: CASE_ID, ...exported } }]));

  it('records it on a closed case too: courts ask for histories after closure', () =>
    given(caseOpened(), caseClosed)
      .when((state) => recordAuditTrailExport(recordExport, state))
      .thenEvents([{ type: 'AuditTrailExported', data: { caseId: CASE_ID, ...exported } }]));

  it('refuses a case that was never opened', () =>
    given()
      .when((state) => recordAuditTrailExport(recordExport, state))
      .thenThrows('CASE_NOT_FOUND', 404));
});
