import { completeAssessment, recordAssessmentEntry, recordContact, startAssessment } from './case.decide-assessment';
import { CaseEvent } from './case.events';
import { NarrativeEntry } from './case.values';
import { CASE_ID, NOW, caseOpened, id, on } from './testing/case.fixtures';
import { given } from './testing/given';

const A = id(1);
const started = (assessmentId = A, discipline: 'social' | 'psychological' = 'psychological'): CaseEvent => ({
  type: 'AssessmentStarted',
  data: { caseId: CASE_ID, assessmentId, discipline },
});
const completion = { riskLevel: 'medium' as const, riskFactors: ['isolation'], protectiveFactors: ['grandmother nearby'] };
const completed: CaseEvent = { type: 'AssessmentCompleted', data: { caseId: CASE_ID, assessmentId: A, ...completion } };
const statement: NarrativeEntry = { kind: 'statement', statedBy: 'mother', text: 'he sleeps badly' };

describe('assessments', () => {
  it('starts an assessment in a discipline', () =>
    given(caseOpened())
      .when((s) => startAssessment({ ...on(), assessmentId: A, discipline: 'psychological' }, s, NOW))
      .thenEvents([started()]));

  it('allows one open assessment per discipline, naming the open one', () =>
    given(caseOpened(), started())
      .when((s) => startAssessment({ ...on(), assessmentId: id(2), discipline: 'psychological' }, s, NOW))
      .thenThrows('ASSESSMENT_ALREADY_OPEN', 409, (e) => expect(e.extensions.assessmentId).toBe(A)));

  it('runs assessments of different disciplines side by side, and a new one once the first is completed', () => {
    given(caseOpened(), started())
      .when((s) => startAssessment({ ...on(), assessmentId: id(2), discipline: 'social' }, s, NOW))
      .thenEvents([started(id(2), 'social')]);
    given(caseOpened(), started(), completed)
      .when((s) => startAssessment({ ...on(), assessmentId: id(2), discipline: 'psychological' }, s, NOW))
      .thenEvents([started(id(2))]);
  });

  it('refuses an id already used on the case', () =>
    given(caseOpened(), started(A, 'social'))
      .when((s) => startAssessment({ ...on(), assessmentId: A, discipline: 'psychological' }, s, NOW))
      .thenThrows('ID_ALREADY_USED', 409));

  it('records a tagged entry', () =>
    given(caseOpened(), started())
      .when((s) => recordAssessmentEntry({ ...on(), assessmentId: A, entry: statement }, s, NOW))
      .thenEvents([{ type: 'AssessmentEntryRecorded', data: { caseId: CASE_ID, assessmentId: A, entry: statement } }]));

  it('completes with a risk level and factors', () =>
    given(caseOpened(), started())
      .when((s) => completeAssessment({ ...on(), assessmentId: A, ...completion }, s, NOW))
      .thenEvents([completed]));

  it('refuses entries and completion on an unknown or completed assessment', () => {
    given(caseOpened())
      .when((s) => recordAssessmentEntry({ ...on(), assessmentId: A, entry: statement }, s, NOW))
      .thenThrows('ASSESSMENT_NOT_FOUND', 404);
    given(caseOpened(), started(), completed)
      .when((s) => recordAssessmentEntry({ ...on(), assessmentId: A, entry: statement }, s, NOW))
      .thenThrows('ASSESSMENT_COMPLETED', 409);
    given(caseOpened(), started(), completed)
      .when((s) => completeAssessment({ ...on(), assessmentId: A, ...completion }, s, NOW))
      .thenThrows('ASSESSMENT_COMPLETED', 409);
  });
});

describe('contacts', () => {
  it('records a home visit with participants and tagged entries, keeping only each kind fields', () => {
    const sloppy = [
      { kind: 'fact', text: 'the flat is cold', method: 'stray' },
      statement,
      { kind: 'evaluation', method: 'observation', text: 'warm bond with the mother' },
    ] as NarrativeEntry[];
    given(caseOpened())
      .when((s) =>
        recordContact({ ...on('2026-11-09T15:00:00Z'), contactId: id(5), kind: 'home-visit', participants: ['mother', 'alice'], entries: sloppy }, s, NOW),
      )
      .thenEvents([
        {
          type: 'ContactRecorded',
          data: {
            caseId: CASE_ID,
            contactId: id(5),
            kind: 'home-visit',
            participants: ['mother', 'alice'],
            entries: [{ kind: 'fact', text: 'the flat is cold' }, statement, sloppy[2]],
          },
        },
      ]);
  });

  it('refuses a contact dated in the future', () =>
    given(caseOpened())
      .when((s) => recordContact({ ...on('2026-11-11T09:00:00Z'), contactId: id(5), kind: 'call', participants: [], entries: [] }, s, NOW))
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400));
});
