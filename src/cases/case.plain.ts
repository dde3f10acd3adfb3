import { Consent, Intake, JudicialMandate, NarrativeEntry, PlannedIntervention } from './case.values';

/**
 * Events are stored forever, so decide copies exactly the fields of each shape:
 * a DTO instance or a stray property never leaks into the log.
 */
export const plainEntry = (entry: NarrativeEntry): NarrativeEntry => {
  const restriction = entry.restrictedTo ? { restrictedTo: entry.restrictedTo, seal: entry.seal } : {};
  switch (entry.kind) {
    case 'statement':
      return { kind: 'statement', statedBy: entry.statedBy, text: entry.text, ...restriction };
    case 'evaluation':
      return { kind: 'evaluation', method: entry.method, text: entry.text, ...restriction };
    default:
      return { kind: 'fact', text: entry.text, ...restriction };
  }
};

export const plainMandate = (m: JudicialMandate): JudicialMandate => ({
  authority: m.authority,
  proceedingNumber: m.proceedingNumber,
  decreeDate: m.decreeDate,
  mandates: [...m.mandates],
  reportDeadlines: [...m.reportDeadlines],
  ...(m.reportEveryMonths !== undefined && { reportEveryMonths: m.reportEveryMonths }),
});

export const plainIntake = (intake: Intake): Intake => {
  switch (intake.kind) {
    case 'spontaneous':
      return { kind: 'spontaneous', requesterId: intake.requesterId, reason: intake.reason };
    case 'semi-spontaneous': {
      const { kind, organisation, contactPerson } = intake.referrer;
      const { partnerId, reportId } = intake;
      // Absent community sources stay absent, so older openings keep their exact shape (and hash).
      return {
        kind: 'semi-spontaneous',
        referrer: { kind, organisation, contactPerson },
        reason: intake.reason,
        ...(partnerId !== undefined && { partnerId }),
        ...(reportId !== undefined && { reportId }),
      };
    }
    default:
      return { kind: 'judicial', ...plainMandate(intake) };
  }
};

export const plainConsent = (c: Consent): Consent => ({
  name: c.name,
  role: c.role,
  memberId: c.memberId,
  consentedAt: c.consentedAt,
});

export const plainPlannedIntervention = (i: PlannedIntervention): PlannedIntervention => ({
  kind: i.kind,
  provider: i.provider,
  expectedStartOn: i.expectedStartOn,
  expectedEndOn: i.expectedEndOn,
  ...(i.targetPersonId ? { targetPersonId: i.targetPersonId } : {}),
});
