import { EventMeta } from '../../common/decider';
import { CaseEvent } from '../case.events';
import { ClosureReason, Intake } from '../case.values';

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

/** Whose case it is and where it stands: opened (by whom), closed, reopened, carried past 18. */
export interface LifecycleSlice {
  caseId: string;
  status: 'none' | 'open' | 'closed';
  familyId: string;
  minorId: string;
  minorBirthDate: string;
  intake?: Intake;
  /** The actor of CaseOpened: the opener keeps access to the case (case.decider authorize). */
  openedBy?: string;
  prosieguo?: Prosieguo; // the latest decree in force
  history: CaseMilestone[];
}

export const initialLifecycle: LifecycleSlice = { caseId: '', status: 'none', familyId: '', minorId: '', minorBirthDate: '', history: [] };

export const evolveLifecycle = <S extends LifecycleSlice>(state: S, event: CaseEvent, meta: EventMeta): S => {
  const { occurredAt } = meta;
  switch (event.type) {
    case 'CaseOpened': {
      const { caseId, familyId, minorId, minorBirthDate, intake } = event.data;
      const opened: CaseMilestone = { kind: 'opened', intakeKind: intake.kind, occurredAt };
      return {
        ...state,
        caseId,
        status: 'open',
        familyId,
        minorId,
        minorBirthDate,
        intake,
        openedBy: meta.actorId,
        history: [...state.history, opened],
      };
    }
    case 'ProsieguoAmministrativoGranted': {
      const { caseId: _caseId, ...prosieguo } = event.data;
      return { ...state, prosieguo };
    }
    case 'CaseClosed': {
      const closed: CaseMilestone = { kind: 'closed', reason: event.data.reason, note: event.data.note, occurredAt };
      return { ...state, status: 'closed', history: [...state.history, closed] };
    }
    case 'CaseReopened':
      return { ...state, status: 'open', history: [...state.history, { kind: 'reopened', reason: event.data.reason, occurredAt }] };
    default:
      return state;
  }
};
