import { Decider, defineStreamKind, unhandled } from '../common/decider';
import { caseAlreadyOpen } from './case.errors';

/**
 * One open case per minor, without read models and without scanning events.
 * `minor-<minorId>` is a small index stream that serialises the openings of one minor: opening and reopening append
 * MinorCaseOpened at the guard revision they read, so of two concurrent openings one conflicts, is retried and refused.
 * The case stream stays the truth: the guard's case counts as open only if its stream really is open (see staleClaim).
 */
export type MinorGuardEvent =
  | { type: 'MinorCaseOpened'; data: { minorId: string; caseId: string } }
  | { type: 'MinorCaseClosed'; data: { minorId: string; caseId: string } };

export type MinorGuardCommand =
  | { type: 'ClaimMinor'; minorId: string; caseId: string; occurredAt?: string }
  | { type: 'ReleaseMinor'; minorId: string; caseId: string; occurredAt?: string };

export interface MinorGuardState {
  /** The case the guard holds open for the minor. */
  openCaseId?: string;
  /** When the store recorded the claim of openCaseId: a claim left by a crash is recognised by its age. */
  claimRecordedAt?: string;
  /** Events folded: tells whether the guard moved since a claim was judged stale. */
  seen: number;
}

/** A claim judged stale on a read of the guard; it is ignored only while the guard has not moved since. */
export interface StaleClaim {
  caseId: string;
  seen: number;
}

export interface MinorGuardFacts {
  staleClaim?: StaleClaim;
}

/**
 * An opening makes its second append (the case) milliseconds after its claim; a claim whose case is still not open
 * after this long comes from a crash between the two appends. Younger claims count as open: they may be in flight.
 */
export const STALE_CLAIM_MS = 60_000;

export const openCaseIdOf = (guard: MinorGuardState, stale?: StaleClaim): string | undefined =>
  stale && stale.caseId === guard.openCaseId && stale.seen === guard.seen ? undefined : guard.openCaseId;

export const minorGuardDecider: Decider<MinorGuardCommand, MinorGuardState, MinorGuardEvent, MinorGuardFacts> = {
  version: 1,
  initialState: { seen: 0 },
  evolve: (state, event, meta) => {
    const seen = state.seen + 1;
    switch (event.type) {
      case 'MinorCaseOpened':
        return { openCaseId: event.data.caseId, claimRecordedAt: meta.recordedAt, seen };
      case 'MinorCaseClosed':
        // A closure releases only its own case: after self-healing the guard may already hold a newer one.
        return state.openCaseId === event.data.caseId ? { seen } : { ...state, seen };
      default:
        return { ...state, seen };
    }
  },
  decide: (command, state, { facts }) => {
    const { minorId, caseId } = command;
    switch (command.type) {
      case 'ClaimMinor': {
        const open = openCaseIdOf(state, facts?.staleClaim);
        if (open && open !== caseId) throw caseAlreadyOpen(minorId, open);
        return [{ type: 'MinorCaseOpened', data: { minorId, caseId } }];
      }
      case 'ReleaseMinor':
        return [{ type: 'MinorCaseClosed', data: { minorId, caseId } }];
      default:
        return unhandled(command);
    }
  },
};

export const minorGuardKind = defineStreamKind({ name: 'minor', decider: minorGuardDecider });
