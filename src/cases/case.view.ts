import { ageLimitFor, birthday } from './case.age';
import { CaseState } from './case.state';

/** GET /cases/{caseId}: the folded state as plain JSON; records become arrays, derived dates are spelled out. */
export const toCaseView = (state: CaseState) => {
  const manager = state.caseManagerId ? state.team[state.caseManagerId] : undefined;
  return {
    caseId: state.caseId,
    status: state.status,
    familyId: state.familyId,
    minor: {
      id: state.minorId,
      birthDate: state.minorBirthDate,
      eighteenthBirthday: state.minorBirthDate ? birthday(state.minorBirthDate, 18) : null,
      /** The last date the service may act on the case (day before 18, or the prosieguo's end). */
      ageLimit: state.minorBirthDate ? ageLimitFor(state.minorBirthDate, state.prosieguo?.until) : null,
    },
    intake: state.intake ?? null,
    judicialMandates: state.judicialMandates,
    reportDeadlines: state.judicialMandates
      .flatMap((m) =>
        m.reportDeadlines
          .filter((due) => !m.endedOn || due <= m.endedOn) // an ended mandate owes no later report
          .map((due) => ({ due, authority: m.authority, proceedingNumber: m.proceedingNumber })),
      )
      .sort((a, b) => a.due.localeCompare(b.due)),
    team: Object.values(state.team),
    caseManager: manager ?? null,
    assessments: Object.values(state.assessments),
    supportPlans: Object.values(state.supportPlans).map((plan) => ({
      ...plan,
      interventions: Object.values(plan.interventions),
    })),
    protectionMeasures: Object.values(state.measures),
    openMeasures: Object.values(state.measures).filter((measure) => measure.status !== 'ended'),
    emergencyPlacements: Object.values(state.emergencyPlacements),
    hearings: Object.values(state.hearings).sort((a, b) => a.hearingDate.localeCompare(b.hearingDate)),
    reports: Object.values(state.reports),
    approvals: Object.values(state.approvals),
    teamEvaluations: Object.values(state.teamEvaluations).sort((a, b) => a.evaluatedAt.localeCompare(b.evaluatedAt)),
    contacts: { count: state.contactsCount, lastAt: state.lastContactAt ?? null },
    prosieguo: state.prosieguo ?? null,
    history: state.history,
  };
};

export type CaseView = ReturnType<typeof toCaseView>;
