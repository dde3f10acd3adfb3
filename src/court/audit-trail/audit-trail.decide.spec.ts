import { AuditTrailExport } from '../../cases/case.events';
import { caseDecider } from '../../cases/case.decider';
import { CASE_ID, NOW, caseClosed, caseOpened, id } from '../../cases/testing/case.fixtures';
import { deciderSpec } from '../../common/testing/decider-spec';
import { RecordAuditTrailExport } from './audit-trail.decide';

const { given } = deciderSpec(caseDecider, { now: NOW });

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
      .when(recordExport)
      .thenEvents([{ type: 'AuditTrailExported', data: { caseId: CASE_ID, ...exported } }]));

  it('records it on a closed case too: courts ask for histories after closure', () =>
    given(caseOpened(), caseClosed)
      .when(recordExport)
      .thenEvents([{ type: 'AuditTrailExported', data: { caseId: CASE_ID, ...exported } }]));

  it('refuses a case that was never opened', () => given().when(recordExport).thenThrows('CASE_NOT_FOUND', 404));
});
