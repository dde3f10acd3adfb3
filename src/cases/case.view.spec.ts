import { CASE_EVENT_TYPES, CaseEvent } from './case.events';
import { CaseState, evolve, initialCaseState } from './case.state';
import { toCaseView } from './case.view';
import { CASE_ID, MOTHER_ID, aliceAssigned, caseOpened, id, judicialIntake, prosieguoUntil } from './testing/case.fixtures';

const c = CASE_ID;
const history: CaseEvent[] = [
  caseOpened('2010-05-20', judicialIntake),
  {
    type: 'JudicialMandateReceived',
    data: {
      caseId: c,
      authority: 'tribunale-ordinario',
      proceedingNumber: '9/2026',
      decreeDate: '2026-03-01',
      mandates: ['monitoring'],
      reportDeadlines: ['2026-12-01'],
    },
  },
  aliceAssigned,
  { type: 'TeamMemberAssigned', data: { caseId: c, workerId: 'bruno', name: 'Bruno Neri', role: 'psychologist' } },
  { type: 'CaseManagerChanged', data: { caseId: c, workerId: 'alice' } },
  { type: 'TeamMemberReleased', data: { caseId: c, workerId: 'bruno' } },
  { type: 'AssessmentStarted', data: { caseId: c, assessmentId: id(1), discipline: 'social' } },
  { type: 'AssessmentEntryRecorded', data: { caseId: c, assessmentId: id(1), entry: { kind: 'fact', text: 'x' } } },
  { type: 'AssessmentCompleted', data: { caseId: c, assessmentId: id(1), riskLevel: 'low', riskFactors: ['a'], protectiveFactors: ['b'] } },
  { type: 'SupportPlanDrafted', data: { caseId: c, planId: id(2), goals: ['g'], interventions: [] } },
  {
    type: 'SupportPlanAgreed',
    data: { caseId: c, planId: id(2), consents: [{ name: 'Maria', role: 'parent', memberId: MOTHER_ID, consentedAt: '2026-04-01' }] },
  },
  {
    type: 'InterventionStarted',
    data: { caseId: c, planId: id(2), interventionId: id(3), kind: 'day-centre', provider: 'Centro Arcobaleno', startedOn: '2026-04-02' },
  },
  { type: 'InterventionEnded', data: { caseId: c, planId: id(2), interventionId: id(3), endedOn: '2026-06-30' } },
  { type: 'SupportPlanReviewed', data: { caseId: c, planId: id(2), reviewedOn: '2026-07-01', outcome: 'ok', nextReviewOn: '2026-10-01' } },
  { type: 'SupportPlanClosed', data: { caseId: c, planId: id(2) } },
  { type: 'ProtectionMeasureProposed', data: { caseId: c, measureId: id(4), kind: 'court-ordered-supervised-contact', reason: 'r' } },
  {
    type: 'ProtectionMeasureOrdered',
    data: {
      caseId: c,
      measureId: id(4),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '1',
      decreeDate: '2026-05-01',
      legalBasis: 'art-333-cc',
    },
  },
  { type: 'SubmittedForApproval', data: { caseId: c, approvalId: id(10), act: 'closure', subjectKey: 'transferred' } },
  { type: 'SubmissionReturned', data: { caseId: c, approvalId: id(10), reason: 'r' } },
  { type: 'SubmittedForApproval', data: { caseId: c, approvalId: id(11), act: 'closure', subjectKey: 'transferred' } },
  { type: 'SubmissionApproved', data: { caseId: c, approvalId: id(11) } },
  {
    type: 'TeamEvaluationRecorded',
    data: {
      caseId: c,
      evaluationId: id(9),
      contributions: [{ discipline: 'social', workerId: 'alice', entry: { kind: 'evaluation', method: 'visite', text: 't' } }],
      conclusion: 'c',
      agreedBy: ['alice'],
    },
  },
  {
    type: 'ProtectionMeasureModified',
    data: {
      caseId: c,
      measureId: id(4),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '2',
      decreeDate: '2026-06-01',
      legalBasis: 'art-333-cc',
      prescriptions: 'incontri protetti',
      endsOn: '2026-12-31',
      inForce: { endsOn: '2026-12-31' },
    },
  },
  {
    type: 'ProtectionMeasureExtended',
    data: {
      caseId: c,
      measureId: id(4),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '3',
      decreeDate: '2026-07-01',
      legalBasis: 'art-333-cc',
      previousEndsOn: '2026-12-31',
      endsOn: '2027-06-30',
      reason: 'r',
    },
  },
  {
    type: 'ProtectionMeasureEnded',
    data: {
      caseId: c,
      measureId: id(4),
      endedOn: '2026-09-01',
      reason: 'done',
      decree: { authority: 'tribunale-per-i-minorenni', decreeNumber: '4', decreeDate: '2026-08-30' },
    },
  },
  {
    type: 'JudicialMandateModified',
    data: {
      caseId: c,
      authority: 'tribunale-ordinario',
      decreeNumber: '5',
      decreeDate: '2026-09-10',
      proceedingNumber: '9/2026',
      prescriptions: 'vigilanza',
      reportDeadlines: ['2026-12-15'],
    },
  },
  {
    type: 'JudicialMandateEnded',
    data: {
      caseId: c,
      authority: 'tribunale-ordinario',
      decreeNumber: '6',
      decreeDate: '2026-10-01',
      proceedingNumber: '9/2026',
      endedOn: '2026-10-01',
    },
  },
  {
    type: 'EmergencyPlacementMade',
    data: { caseId: c, placementId: id(5), placedAt: '2026-05-02T20:00:00Z', placeKind: 'community', reason: 'r' },
  },
  {
    type: 'EmergencyPlacementNotified',
    data: { caseId: c, placementId: id(5), authority: 'procura-presso-il-tm', notifiedAt: '2026-05-03T09:00:00Z' },
  },
  {
    type: 'EmergencyPlacementOralNoticeGiven',
    data: { caseId: c, placementId: id(5), authority: 'procura-presso-il-tm', givenAt: '2026-05-02T20:10:00Z' },
  },
  {
    type: 'EmergencyPlacementValidationRequested',
    data: { caseId: c, placementId: id(5), authority: 'procura-presso-il-tm', requestedAt: '2026-05-04T09:00:00Z' },
  },
  {
    type: 'EmergencyPlacementValidated',
    data: { caseId: c, placementId: id(5), authority: 'tribunale-per-i-minorenni', decreeNumber: '2', decreeDate: '2026-05-05' },
  },
  {
    type: 'EmergencyPlacementRevoked',
    data: { caseId: c, placementId: id(9), authority: 'procura-presso-il-tm', decreeNumber: '3', decreeDate: '2026-05-05' },
  },
  {
    type: 'CourtHearingScheduled',
    data: { caseId: c, hearingId: id(6), authority: 'tribunale-per-i-minorenni', hearingDate: '2026-05-15', placementId: id(5) },
  },
  {
    type: 'EmergencyPlacementValidationReviewed',
    data: {
      caseId: c,
      placementId: id(5),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '4',
      decreeDate: '2026-05-20',
      outcome: 'confirmed',
    },
  },
  {
    type: 'MeasureLapsed',
    data: {
      caseId: c,
      measureId: id(9),
      measureKind: 'emergency-placement',
      missedStep: 'transmission',
      dueAt: '2026-05-03T22:00:00+02:00',
      legalBasis: 'art. 403 c. 7 c.c.',
    },
  },
  {
    type: 'CourtReportSubmitted',
    data: {
      caseId: c,
      reportId: id(7),
      authority: 'tribunale-per-i-minorenni',
      periodFrom: '2026-03-01',
      periodTo: '2026-06-30',
      coveredEvents: { fromRevision: 0, toRevision: 20 },
      headHash: 'f'.repeat(64),
      sections: [],
    },
  },
  { type: 'ContactRecorded', data: { caseId: c, contactId: id(8), kind: 'call', participants: [], entries: [] } },
  prosieguoUntil('2030-01-31'),
  { type: 'CaseClosed', data: { caseId: c, reason: 'transferred' } },
  { type: 'CaseReopened', data: { caseId: c, reason: 'back in town' } },
  {
    type: 'AuditTrailExported',
    data: {
      caseId: c,
      exportId: id(10),
      document: 'audit-trail',
      format: 'json',
      range: { axis: 'recorded', from: null, to: null },
      digest: 'a'.repeat(64),
      heads: [],
    },
  },
  {
    type: 'ChildHeard',
    data: {
      caseId: c,
      hearingId: 'h-1',
      heardAt: '2026-11-09T15:00:00.000Z',
      place: 'Stanza di ascolto',
      heardBy: ['paola'],
      present: [],
      method: 'Colloquio libero',
      statements: [{ kind: 'statement', statedBy: 'minore', text: 'Sto bene.' }],
      wishes: [],
    },
  },
  { type: 'CaseAccessGranted', data: { caseId: c, workerId: 'dario', reason: 'night duty', expiresAt: '2026-11-11T10:00:00.000Z' } },
  { type: 'CaseAccessGrantRevoked', data: { caseId: c, workerId: 'dario' } },
];

describe('the case view', () => {
  const meta = { occurredAt: '2026-11-10T10:00:00.000Z', recordedAt: '2026-11-10T10:00:00.000Z', actorId: 'carla' };
  const state = history.reduce<CaseState>((s, e) => evolve(s, e, meta), initialCaseState);
  const view = toCaseView(state);

  it('folds every event type of the catalogue', () => {
    expect(new Set(history.map((e) => e.type))).toEqual(new Set(CASE_EVENT_TYPES));
    expect(CASE_EVENT_TYPES).toHaveLength(43);
  });

  it('shows the case with its team, work, protection and court dealings', () => {
    expect(view).toMatchObject({
      caseId: c,
      status: 'open',
      minor: { birthDate: '2010-05-20', eighteenthBirthday: '2028-05-20', ageLimit: '2030-01-31' },
      reportDeadlines: [{ due: '2027-02-01', authority: 'tribunale-per-i-minorenni', proceedingNumber: '123/2026 R.G.' }],
      team: [{ workerId: 'alice' }],
      caseManager: { workerId: 'alice', name: 'Alice Rossi' },
      assessments: [{ status: 'completed', entriesCount: 1, riskLevel: 'low' }],
      supportPlans: [{ status: 'closed', interventions: [{ status: 'ended', endedOn: '2026-06-30' }], nextReviewOn: undefined }],
      protectionMeasures: [
        {
          status: 'ended',
          decree: { decreeNumber: '1' },
          legalBasis: 'art-333-cc',
          endsOn: '2027-06-30',
          laterDecrees: [
            { change: 'modified', decreeNumber: '2' },
            { change: 'extended', decreeNumber: '3' },
          ],
          endDecree: { decreeNumber: '4' },
        },
      ],
      emergencyPlacements: [
        { status: 'confirmed', hearingDate: '2026-05-15', oralNoticeAt: '2026-05-02T20:10:00Z', review: { outcome: 'confirmed' } },
      ],
      hearings: [{ hearingId: id(6) }],
      reports: [{ sectionsCount: 0 }],
      contacts: { count: 1 },
      prosieguo: { until: '2030-01-31' },
      history: [{ kind: 'opened', intakeKind: 'judicial' }, { kind: 'closed', reason: 'transferred' }, { kind: 'reopened' }],
    });
    expect(view.judicialMandates).toHaveLength(2);
    expect(view.teamEvaluations).toEqual([
      {
        evaluationId: id(9),
        evaluatedAt: expect.any(String),
        disciplines: ['social'],
        conclusion: 'c',
        agreedBy: ['alice'],
        dissentBy: [],
      },
    ]);
    expect(view.judicialMandates[1]).toMatchObject({ endedOn: '2026-10-01', laterDecrees: [{ change: 'modified' }, { change: 'ended' }] });
  });

  it('is plain JSON', () => expect(JSON.parse(JSON.stringify(view))).toEqual(view));

  it('shows an unopened case as such', () =>
    expect(toCaseView(initialCaseState)).toMatchObject({ status: 'none', minor: { ageLimit: null } }));
});
