import { CaseEvent, CaseEventType } from '../../../cases/case.events';

/** Every free-text field carries this marker, so a test can prove no label ever shows one. */
export const FREE_TEXT = 'SECRET';
const text = (what: string) => `${FREE_TEXT} ${what}`;
const caseId = '0c1d7a0e-0000-4000-8000-000000000001';
const id = (n: number) => `1d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '12/2026', decreeDate: '2026-11-05' };

/** One event of every case type, for the given case. */
export const caseEventSamples = (on = caseId): { [K in CaseEventType]: Extract<CaseEvent, { type: K }> } => ({
  CaseOpened: {
    type: 'CaseOpened',
    data: {
      caseId: on,
      familyId: id(90),
      minorId: id(91),
      minorBirthDate: '2014-03-15',
      intake: {
        kind: 'semi-spontaneous',
        referrer: { kind: 'school', organisation: text('IC Manzoni'), contactPerson: text('Prof.ssa Verdi') },
        reason: text('assenze'),
      },
    },
  },
  JudicialMandateReceived: {
    type: 'JudicialMandateReceived',
    data: {
      caseId: on,
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-11-02',
      mandates: ['investigation-and-assessment', 'monitoring'],
      reportDeadlines: ['2027-02-01'],
    },
  },
  TeamMemberAssigned: { type: 'TeamMemberAssigned', data: { caseId: on, workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' } },
  CaseManagerChanged: { type: 'CaseManagerChanged', data: { caseId: on, workerId: 'alice' } },
  AssessmentStarted: { type: 'AssessmentStarted', data: { caseId: on, assessmentId: id(1), discipline: 'social' } },
  AssessmentEntryRecorded: {
    type: 'AssessmentEntryRecorded',
    data: { caseId: on, assessmentId: id(1), entry: { kind: 'statement', statedBy: 'mother', text: text('says') } },
  },
  AssessmentCompleted: {
    type: 'AssessmentCompleted',
    data: {
      caseId: on,
      assessmentId: id(1),
      riskLevel: 'high',
      riskFactors: [text('a'), text('b')],
      protectiveFactors: [text('c')],
      summary: text('summary'),
    },
  },
  SupportPlanDrafted: {
    type: 'SupportPlanDrafted',
    data: {
      caseId: on,
      planId: id(2),
      goals: [text('goal')],
      interventions: [
        { kind: 'home-educational-support', provider: text('coop') },
        { kind: 'housing-support', targetPersonId: id(20) },
      ],
      nextReviewOn: '2027-03-01',
      parentGoals: [{ personId: id(20), goal: text('parent goal') }],
    },
  },
  SupportPlanAgreed: {
    type: 'SupportPlanAgreed',
    data: { caseId: on, planId: id(2), consents: [{ name: text('Maria'), role: 'parent', consentedAt: '2026-11-20' }] },
  },
  InterventionStarted: {
    type: 'InterventionStarted',
    data: {
      caseId: on,
      planId: id(2),
      interventionId: id(3),
      kind: 'home-educational-support',
      provider: text('coop'),
      startedOn: '2026-11-21',
      expectedEndOn: '2027-05-21',
      targetPersonId: id(20),
    },
  },
  InterventionEnded: {
    type: 'InterventionEnded',
    data: { caseId: on, planId: id(2), interventionId: id(3), endedOn: '2027-05-20', outcome: text('outcome') },
  },
  SupportPlanReviewed: {
    type: 'SupportPlanReviewed',
    data: { caseId: on, planId: id(2), reviewedOn: '2027-03-01', outcome: text('outcome'), nextReviewOn: '2027-06-01' },
  },
  SupportPlanClosed: { type: 'SupportPlanClosed', data: { caseId: on, planId: id(2), reason: text('reason') } },
  ProtectionMeasureProposed: {
    type: 'ProtectionMeasureProposed',
    data: {
      caseId: on,
      measureId: id(4),
      kind: 'foster-care',
      legalBasis: 'l184-art4-consensual-affido',
      placeKind: 'foster-family',
      reason: text('reason'),
    },
  },
  ProtectionMeasureOrdered: {
    type: 'ProtectionMeasureOrdered',
    data: {
      caseId: on,
      measureId: id(4),
      ...decree,
      legalBasis: 'l184-art4-consensual-affido',
      startsOn: '2026-11-10',
      endsOn: '2028-11-09',
      reportEveryMonths: 6,
      consents: [{ name: text('Maria'), role: 'parent', consentedAt: '2026-11-01' }],
      placedWith: { kind: 'foster-carer', fosterCarerId: id(80), name: 'Luca Rossi, Anna Bianchi' },
    },
  },
  EmergencyPlacementMade: {
    type: 'EmergencyPlacementMade',
    data: {
      caseId: on,
      placementId: id(5),
      placedAt: '2026-11-08T22:30:00+01:00',
      placeKind: 'mother-child-community',
      reason: text('reason'),
      placedWith: { kind: 'facility', facilityId: id(81), name: 'Casa Aurora' },
      withParent: { memberId: id(92), name: 'Maria Esposito' },
    },
  },
  EmergencyPlacementOralNoticeGiven: {
    type: 'EmergencyPlacementOralNoticeGiven',
    data: { caseId: on, placementId: id(5), authority: 'procura-presso-il-tm', givenAt: '2026-11-08T22:45:00+01:00' },
  },
  EmergencyPlacementValidationRequested: {
    type: 'EmergencyPlacementValidationRequested',
    data: { caseId: on, placementId: id(5), authority: 'procura-presso-il-tm', requestedAt: '2026-11-10T09:00:00Z', late: true },
  },
  EmergencyPlacementValidationReviewed: {
    type: 'EmergencyPlacementValidationReviewed',
    data: { caseId: on, placementId: id(5), ...decree, outcome: 'confirmed', note: text('note') },
  },
  MeasureLapsed: {
    type: 'MeasureLapsed',
    data: {
      caseId: on,
      measureId: id(5),
      measureKind: 'emergency-placement',
      missedStep: 'review',
      dueAt: '2026-12-09T23:59:59+01:00',
      legalBasis: 'art. 403 c. 7 c.c.',
    },
  },
  EmergencyPlacementNotified: {
    type: 'EmergencyPlacementNotified',
    data: { caseId: on, placementId: id(5), authority: 'procura-presso-il-tm', notifiedAt: '2026-11-09T08:00:00Z' },
  },
  EmergencyPlacementValidated: {
    type: 'EmergencyPlacementValidated',
    data: { caseId: on, placementId: id(5), ...decree, hearingDate: '2026-11-24T10:00:00+01:00', curatoreSpeciale: text('avv. Neri') },
  },
  EmergencyPlacementRevoked: {
    type: 'EmergencyPlacementRevoked',
    data: { caseId: on, placementId: id(6), ...decree, reason: text('reason') },
  },
  CourtHearingScheduled: {
    type: 'CourtHearingScheduled',
    data: {
      caseId: on,
      hearingId: id(7),
      authority: 'tribunale-per-i-minorenni',
      hearingDate: '2027-01-15T09:30:00+01:00',
      proceedingNumber: '123/2026 R.G.',
      purpose: text('purpose'),
    },
  },
  SubmittedForApproval: {
    type: 'SubmittedForApproval',
    data: { caseId: on, approvalId: id(13), act: 'support-plan', subjectKey: id(3), note: text('note') },
  },
  SubmissionApproved: { type: 'SubmissionApproved', data: { caseId: on, approvalId: id(13), note: text('note') } },
  SubmissionReturned: { type: 'SubmissionReturned', data: { caseId: on, approvalId: id(13), reason: text('reason') } },
  TeamEvaluationRecorded: {
    type: 'TeamEvaluationRecorded',
    data: {
      caseId: on,
      evaluationId: id(12),
      contributions: [
        { discipline: 'social', workerId: 'alice', entry: { kind: 'evaluation', method: 'colloqui', text: text('social view') } },
        { discipline: 'psychological', workerId: 'paola', entry: { kind: 'evaluation', method: 'test', text: text('psy view') } },
      ],
      conclusion: text('conclusion'),
      agreedBy: ['alice', 'paola'],
      dissent: [{ workerId: 'marco', text: text('dissent') }],
    },
  },
  ProtectionMeasureExtended: {
    type: 'ProtectionMeasureExtended',
    data: {
      caseId: on,
      measureId: id(4),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '88/2027',
      decreeDate: '2027-10-01',
      legalBasis: 'l184-art4-judicial-affido',
      previousEndsOn: '2027-11-30',
      endsOn: '2028-11-30',
      reason: text('reason'),
      reportEveryMonths: 4,
    },
  },
  ProtectionMeasureModified: {
    type: 'ProtectionMeasureModified',
    data: {
      caseId: on,
      measureId: id(4),
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '91/2027',
      decreeDate: '2027-12-01',
      legalBasis: 'l184-art4-judicial-affido',
      prescriptions: text('prescriptions'),
      reportEveryMonths: 3,
      inForce: { endsOn: '2028-11-30', reportEveryMonths: 3 },
    },
  },
  ProtectionMeasureEnded: {
    type: 'ProtectionMeasureEnded',
    data: {
      caseId: on,
      measureId: id(4),
      endedOn: '2028-01-01',
      reason: text('reason'),
      decree: { authority: 'tribunale-per-i-minorenni', decreeNumber: '2/2028', decreeDate: '2027-12-28' },
    },
  },
  JudicialMandateModified: {
    type: 'JudicialMandateModified',
    data: {
      caseId: on,
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '77/2027',
      decreeDate: '2027-01-15',
      proceedingNumber: '123/2026 R.G.',
      prescriptions: text('prescriptions'),
      mandates: ['support-and-control'],
      reportDeadlines: ['2027-06-30'],
      reportEveryMonths: 6,
    },
  },
  JudicialMandateEnded: {
    type: 'JudicialMandateEnded',
    data: {
      caseId: on,
      authority: 'tribunale-per-i-minorenni',
      decreeNumber: '12/2028',
      decreeDate: '2028-02-01',
      proceedingNumber: '123/2026 R.G.',
      endedOn: '2028-02-01',
      reason: text('reason'),
    },
  },
  CourtReportSubmitted: {
    type: 'CourtReportSubmitted',
    data: {
      caseId: on,
      reportId: id(8),
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      periodFrom: '2026-08-01',
      periodTo: '2026-11-30',
      coveredEvents: { fromRevision: 0, toRevision: 14 },
      headHash: 'a'.repeat(64),
      sections: [
        { kind: 'fact', text: text('f') },
        { kind: 'fact', text: text('f2') },
        { kind: 'statement', statedBy: 'teacher', text: text('s') },
        { kind: 'evaluation', method: 'observation', text: text('e') },
      ],
    },
  },
  ContactRecorded: {
    type: 'ContactRecorded',
    data: {
      caseId: on,
      contactId: id(9),
      kind: 'home-visit',
      participants: [text('mother'), 'Alice Rossi'],
      entries: [
        { kind: 'fact', text: text('f') },
        { kind: 'statement', statedBy: 'mother', text: text('s') },
        { kind: 'evaluation', method: 'semi-structured interview', text: text('e') },
      ],
      personIds: [id(20)],
    },
  },
  ProsieguoAmministrativoGranted: {
    type: 'ProsieguoAmministrativoGranted',
    data: { caseId: on, ...decree, until: '2035-03-14', youngPersonConsentedAt: '2032-01-05' },
  },
  TeamMemberReleased: { type: 'TeamMemberReleased', data: { caseId: on, workerId: 'alice' } },
  CaseClosed: { type: 'CaseClosed', data: { caseId: on, reason: 'goals-met', note: text('note') } },
  CaseReopened: { type: 'CaseReopened', data: { caseId: on, reason: text('reason') } },
  AuditTrailExported: {
    type: 'AuditTrailExported',
    data: {
      caseId: on,
      exportId: id(90),
      document: 'audit-trail',
      format: 'pdf',
      range: { axis: 'recorded', from: null, to: '2026-11-20T10:00:00.000Z' },
      digest: 'ab'.repeat(32),
      heads: [{ stream: `case-${on}`, revision: 3, hash: 'cd'.repeat(32) }],
      checkpointId: id(91),
    },
  },
  CaseAccessGranted: {
    type: 'CaseAccessGranted',
    data: { caseId: on, workerId: 'dario', reason: text('reason'), expiresAt: '2026-11-21T10:00:00.000Z' },
  },
  ChildHeard: {
    type: 'ChildHeard',
    data: {
      caseId: on,
      hearingId: id(30),
      heardAt: '2026-11-22T10:00:00.000Z',
      place: text('place'),
      heardBy: ['paola'],
      present: [text('present')],
      method: text('method'),
      statements: [{ kind: 'statement', statedBy: 'minore', text: text('words') }],
      wishes: [{ about: 'placement', text: text('wish') }],
      discernment: text('discernment'),
    },
  },
  CaseAccessGrantRevoked: { type: 'CaseAccessGrantRevoked', data: { caseId: on, workerId: 'dario' } },
});
