import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { NarrativeEntry } from '../case.values';
import { CASE_ID, NOW, caseOpened, id, judicialIntake, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

const HEAD = 'a'.repeat(64);
const R = id(40);
const sections: NarrativeEntry[] = [
  { kind: 'fact', text: 'attended school 18 of 20 days' },
  { kind: 'evaluation', method: 'clinical interview', text: 'anxiety is decreasing' },
];
const report = {
  reportId: R,
  authority: 'tribunale-per-i-minorenni',
  proceedingNumber: '123/2026 R.G.',
  periodFrom: '2026-08-01',
  periodTo: '2026-10-31',
  coveredEvents: { fromRevision: 0, toRevision: 6 },
  headHash: HEAD,
  sections,
};
const submitted: CaseEvent = { type: 'CourtReportSubmitted', data: { caseId: CASE_ID, ...report } };

describe('the Judicial Authority', () => {
  it('sends a further mandate to an open case', () => {
    const { kind: _kind, ...mandate } = judicialIntake;
    given(caseOpened())
      .when({ type: 'ReceiveJudicialMandate', ...on(), ...mandate, mandates: ['support-and-control', 'monitoring'] })
      .thenEvents([
        { type: 'JudicialMandateReceived', data: { caseId: CASE_ID, ...mandate, mandates: ['support-and-control', 'monitoring'] } },
      ]);
  });

  it('schedules a hearing, optionally the hearing of an emergency placement', () => {
    given(caseOpened())
      .when({
        type: 'ScheduleCourtHearing',
        ...on(),
        hearingId: id(41),
        authority: 'tribunale-per-i-minorenni',
        hearingDate: '2027-01-15T09:30:00+01:00',
      })
      .thenEvents([
        {
          type: 'CourtHearingScheduled',
          data: { caseId: CASE_ID, hearingId: id(41), authority: 'tribunale-per-i-minorenni', hearingDate: '2027-01-15T09:30:00+01:00' },
        },
      ]);
    given(caseOpened())
      .when({
        type: 'ScheduleCourtHearing',
        ...on(),
        hearingId: id(41),
        authority: 'tribunale-per-i-minorenni',
        hearingDate: '2027-01-15',
        placementId: id(30),
      })
      .thenThrows('PLACEMENT_NOT_FOUND', 404);
  });

  it('receives a report pinned to a revision range and the chain hash at its head', () =>
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report }, { hashAtToRevision: HEAD })
      .thenEvents([submitted]));

  it('refuses a report whose hash is not the stream hash at its head', () =>
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report }, { hashAtToRevision: 'b'.repeat(64) })
      .thenThrows('REPORT_HEAD_HASH_MISMATCH', 409));

  it('refuses a report covering revisions the case does not have', () =>
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report }, {})
      .thenThrows('REPORT_RANGE_BEYOND_STREAM', 400));

  it('refuses an inverted period or revision range, and a period not yet over', () => {
    const ctx = { hashAtToRevision: HEAD };
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report, periodFrom: '2026-11-01' }, ctx)
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report, coveredEvents: { fromRevision: 7, toRevision: 6 } }, ctx)
      .thenThrows('END_BEFORE_START', 400);
    given(caseOpened())
      .when({ type: 'SubmitCourtReport', ...on(), ...report, periodTo: '2026-12-31' }, ctx)
      .thenThrows('DATE_AFTER_OCCURRED_AT', 400);
  });

  it('keeps the report summary in the state', () => {
    const { state } = given(caseOpened(), submitted);
    expect(state.reports[R]).toMatchObject({ coveredEvents: { fromRevision: 0, toRevision: 6 }, headHash: HEAD, sectionsCount: 2 });
  });
});
