import { deciderSpec } from '../../common/testing/decider-spec';
import { caseDecider } from '../case.decider';
import { CaseEvent } from '../case.events';
import { NarrativeEntry } from '../case.values';
import { CASE_ID, NOW, caseOpened, id, on } from '../testing/case.fixtures';

const { given } = deciderSpec(caseDecider, { now: NOW });

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
      .when({ type: 'StartAssessment', ...on(), assessmentId: A, discipline: 'psychological' })
      .thenEvents([started()]));

  it('allows one open assessment per discipline, naming the open one', () =>
    given(caseOpened(), started())
      .when({ type: 'StartAssessment', ...on(), assessmentId: id(2), discipline: 'psychological' })
      .thenThrows('ASSESSMENT_ALREADY_OPEN', 409, (e) => expect(e.extensions.assessmentId).toBe(A)));

  it('runs assessments of different disciplines side by side, and a new one once the first is completed', () => {
    given(caseOpened(), started())
      .when({ type: 'StartAssessment', ...on(), assessmentId: id(2), discipline: 'social' })
      .thenEvents([started(id(2), 'social')]);
    given(caseOpened(), started(), completed)
      .when({ type: 'StartAssessment', ...on(), assessmentId: id(2), discipline: 'psychological' })
      .thenEvents([started(id(2))]);
  });

  it('refuses an id already used on the case', () =>
    given(caseOpened(), started(A, 'social'))
      .when({ type: 'StartAssessment', ...on(), assessmentId: A, discipline: 'psychological' })
      .thenThrows('ID_ALREADY_USED', 409));

  it('records a tagged entry', () =>
    given(caseOpened(), started())
      .when({ type: 'RecordAssessmentEntry', ...on(), assessmentId: A, entry: statement })
      .thenEvents([{ type: 'AssessmentEntryRecorded', data: { caseId: CASE_ID, assessmentId: A, entry: statement } }]));

  it('completes with a risk level and factors', () =>
    given(caseOpened(), started())
      .when({ type: 'CompleteAssessment', ...on(), assessmentId: A, ...completion })
      .thenEvents([completed]));

  it('refuses entries and completion on an unknown or completed assessment', () => {
    given(caseOpened())
      .when({ type: 'RecordAssessmentEntry', ...on(), assessmentId: A, entry: statement })
      .thenThrows('ASSESSMENT_NOT_FOUND', 404);
    given(caseOpened(), started(), completed)
      .when({ type: 'RecordAssessmentEntry', ...on(), assessmentId: A, entry: statement })
      .thenThrows('ASSESSMENT_COMPLETED', 409);
    given(caseOpened(), started(), completed)
      .when({ type: 'CompleteAssessment', ...on(), assessmentId: A, ...completion })
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
      .when({
        type: 'RecordContact',
        ...on('2026-11-09T15:00:00Z'),
        contactId: id(5),
        kind: 'home-visit',
        participants: ['mother', 'alice'],
        entries: sloppy,
      })
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
      .when({ type: 'RecordContact', ...on('2026-11-11T09:00:00Z'), contactId: id(5), kind: 'call', participants: [], entries: [] })
      .thenThrows('OCCURRED_AT_IN_FUTURE', 400));
});
