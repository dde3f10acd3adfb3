import { deciderSpec } from '../../common/testing/decider-spec';
import { reportDecider } from './report.decider';
import { ReportEvent } from './report.events';
import { ReceiveReport, ReportFacts } from './reports.decide';

const now = new Date('2026-11-25T10:00:00.000Z'); // a Wednesday
const reportId = '9b2c1f4e-7d3a-4c5b-8e6f-1a2b3c4d5e6f';
const schoolId = '0f8fad5b-d9cb-469f-a165-70867728950e';
const caseId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const receive: ReceiveReport = {
  type: 'ReceiveReport',
  reportId,
  source: { kind: 'partner', partnerId: schoolId },
  reporter: { name: 'prof.ssa Anna Bianchi', contact: '+39 02 1234567' },
  minor: { givenName: 'Giulia', ageBand: '11-13', school: 'IC Manzoni' },
  concern: 'Bruises on her arms, twice this month.',
  seriousHarm: false,
};
const { type: _type, ...fields } = receive;
const received: ReportEvent = { type: 'ReportReceived', data: { ...fields, screeningDueAt: '2026-12-02T22:59:59.999Z' } };
const activeSchool: ReportFacts = { partners: [{ partnerId: schoolId, active: true }] };

const { given } = deciderSpec(reportDecider, { now, facts: activeSchool });

describe('reports before a case (segnalazioni)', () => {
  it('is due for screening at the end of the fifth working day, weekends skipped', () => {
    given().when(receive).thenEvents([received]);
  });

  it('is due within 24 hours when serious harm is feared', () => {
    given()
      .when({ ...receive, seriousHarm: true })
      .thenEvents([{ type: 'ReportReceived', data: { ...received.data, seriousHarm: true, screeningDueAt: '2026-11-26T10:00:00.000Z' } }]);
  });

  it('refuses a report received in the future', () => {
    given()
      .when({ ...receive, occurredAt: '2026-11-26T10:00:00.000Z' })
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400);
  });

  it('takes the configured number of working days', () => {
    given()
      .when(receive, { ...activeSchool, screeningWorkingDays: 2 })
      .thenEvents([{ type: 'ReportReceived', data: { ...received.data, screeningDueAt: '2026-11-27T22:59:59.999Z' } }]);
  });

  it('cites only a registered, active partner', () => {
    given().when(receive, { partners: [] }).thenThrows('PARTNER_NOT_FOUND', 404);
    given()
      .when(receive, { partners: [{ partnerId: schoolId, active: false }] })
      .thenThrows('PARTNER_INACTIVE', 409);
    given()
      .when({ ...receive, source: { kind: 'citizen' } }, {})
      .thenEvents([{ type: 'ReportReceived', data: { ...received.data, source: { kind: 'citizen' } } }]);
  });

  it('is screened once, and a case it opened must exist', () => {
    const screening = { outcome: 'case-opened' as const, caseId };
    given(received)
      .when({ type: 'ScreenReport', reportId, screening }, { screenedCase: { exists: true, citedReportId: reportId } })
      .thenEvents([{ type: 'ReportScreened', data: { reportId, ...screening } }]);
    given(received)
      .when({ type: 'ScreenReport', reportId, screening }, { screenedCase: { exists: false } })
      .thenThrows('CASE_NOT_FOUND', 404);
    const advice = { outcome: 'advice' as const, advice: 'Talk with the parents first.' };
    const screened: ReportEvent = { type: 'ReportScreened', data: { reportId, ...advice } };
    given(received).when({ type: 'ScreenReport', reportId, screening: advice }).thenEvents([screened]);
    given(received, screened).when({ type: 'ScreenReport', reportId, screening: advice }).thenThrows('REPORT_ALREADY_SCREENED', 409);
    given().when({ type: 'ScreenReport', reportId, screening: advice }).thenThrows('REPORT_NOT_FOUND', 404);
  });

  it('names as opened only a case whose intake cites this report', () => {
    const screening = { outcome: 'case-opened' as const, caseId };
    given(received)
      .when({ type: 'ScreenReport', reportId, screening }, { screenedCase: { exists: true } })
      .thenThrows('CASE_NOT_FROM_REPORT', 409);
    given(received)
      .when({ type: 'ScreenReport', reportId, screening }, { screenedCase: { exists: true, citedReportId: caseId } })
      .thenThrows('CASE_NOT_FROM_REPORT', 409);
  });
});
