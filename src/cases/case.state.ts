import { CaseEvent } from './case.events';
import { plainMandate } from './case.plain';
import { without } from './case.records';
import { ClosureReason, Intake, JudicialMandate, TeamRole } from './case.values';
import { CareState, evolveCare, initialCareState } from './case.state-care';
import { ProtectionState, evolveProtection, initialProtectionState } from './case.state-protection';

export * from './case.state-care';
export * from './case.state-protection';

export interface TeamMember {
  workerId: string;
  name: string;
  role: TeamRole;
}

export interface Prosieguo {
  authority: string;
  decreeNumber: string;
  decreeDate: string;
  until: string;
  youngPersonConsentedAt: string;
}

export type CaseMilestone =
  | { kind: 'opened'; intakeKind: Intake['kind']; occurredAt?: string }
  | { kind: 'closed'; reason: ClosureReason; note?: string; occurredAt?: string }
  | { kind: 'reopened'; reason: string; occurredAt?: string };

export interface CaseState extends CareState, ProtectionState {
  caseId: string;
  status: 'none' | 'open' | 'closed';
  familyId: string;
  minorId: string;
  minorBirthDate: string;
  intake?: Intake;
  /** The intake's mandate, when judicial, then every further one. */
  judicialMandates: JudicialMandate[];
  team: Record<string, TeamMember>; // current members by workerId
  caseManagerId?: string;
  contactsCount: number;
  lastContactAt?: string;
  prosieguo?: Prosieguo; // the latest decree in force
  history: CaseMilestone[];
}

export const initialCaseState: CaseState = {
  caseId: '',
  status: 'none',
  familyId: '',
  minorId: '',
  minorBirthDate: '',
  judicialMandates: [],
  team: {},
  contactsCount: 0,
  history: [],
  ...initialCareState,
  ...initialProtectionState,
};

/** What evolve may read beside data: occurredAt dates the history; folds without it still decide the same. */
export interface CaseEventTimes {
  occurredAt?: string;
  recordedAt?: string;
}

export const evolve = (state: CaseState, event: CaseEvent, times: CaseEventTimes = {}): CaseState => {
  const at = times.occurredAt;
  switch (event.type) {
    case 'CaseOpened': {
      const { caseId, familyId, minorId, minorBirthDate, intake } = event.data;
      const mandates = intake.kind === 'judicial' ? [plainMandate(intake)] : [];
      return {
        ...state,
        caseId,
        status: 'open',
        familyId,
        minorId,
        minorBirthDate,
        intake,
        judicialMandates: [...state.judicialMandates, ...mandates],
        history: [...state.history, { kind: 'opened', intakeKind: intake.kind, occurredAt: at }],
      };
    }
    case 'JudicialMandateReceived':
      return { ...state, judicialMandates: [...state.judicialMandates, plainMandate(event.data)] };
    case 'TeamMemberAssigned': {
      const { workerId, name, role } = event.data;
      return { ...state, team: { ...state.team, [workerId]: { workerId, name, role } } };
    }
    case 'TeamMemberReleased': {
      const { workerId } = event.data;
      // Releasing the case manager leaves the case without one until the next CaseManagerChanged.
      const caseManagerId = state.caseManagerId === workerId ? undefined : state.caseManagerId;
      return { ...state, team: without(state.team, workerId), caseManagerId };
    }
    case 'CaseManagerChanged':
      return { ...state, caseManagerId: event.data.workerId };
    case 'ContactRecorded':
      return { ...state, contactsCount: state.contactsCount + 1, lastContactAt: latest(state.lastContactAt, at) };
    case 'ProsieguoAmministrativoGranted': {
      const { caseId: _caseId, ...prosieguo } = event.data;
      return { ...state, prosieguo };
    }
    case 'CaseClosed':
      return {
        ...state,
        status: 'closed',
        history: [...state.history, { kind: 'closed', reason: event.data.reason, note: event.data.note, occurredAt: at }],
      };
    case 'CaseReopened':
      return {
        ...state,
        status: 'open',
        history: [...state.history, { kind: 'reopened', reason: event.data.reason, occurredAt: at }],
      };
    default:
      return evolveProtection(evolveCare(state, event, times), event, times);
  }
};

const latest = (a?: string, b?: string): string | undefined => (!a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b);

