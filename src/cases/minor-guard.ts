import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RequestContext } from '../common/request-context';
import { LoadedStream, loadStream } from '../common/stream-command';
import { StreamCommand } from '../common/stream-command.bus';
import { EventLog } from '../event-store/event-log';
import { caseFold, caseStream } from './case.stream';

/**
 * One open case per minor, without read models and without scanning events.
 * `minor-<minorId>` is a small index stream that serialises the openings of one minor: opening and reopening append
 * MinorCaseOpened at the guard revision they read, so of two concurrent openings one conflicts, is retried and refused.
 * The case stream stays the truth: the guard's case counts as open only if its stream really is open (see staleClaim).
 */
export type MinorGuardEvent =
  | { type: 'MinorCaseOpened'; data: { minorId: string; caseId: string } }
  | { type: 'MinorCaseClosed'; data: { minorId: string; caseId: string } };

export interface MinorGuardState {
  /** The case the guard holds open for the minor. */
  openCaseId?: string;
  /** Events folded: tells whether the guard moved since a claim was judged stale. */
  seen: number;
}

export const minorGuardStream = (minorId: string): string => `minor-${minorId}`;

export const evolveMinorGuard = (state: MinorGuardState, event: MinorGuardEvent): MinorGuardState => {
  const seen = state.seen + 1;
  switch (event.type) {
    case 'MinorCaseOpened':
      return { openCaseId: event.data.caseId, seen };
    case 'MinorCaseClosed':
      // A closure releases only its own case: after self-healing the guard may already hold a newer one.
      return { openCaseId: state.openCaseId === event.data.caseId ? undefined : state.openCaseId, seen };
    default:
      return { ...state, seen };
  }
};

export const minorGuardFold = { initial: { seen: 0 } as MinorGuardState, evolve: evolveMinorGuard };

/**
 * An opening makes its second append (the case) milliseconds after its claim; a claim whose case is still not open
 * after this long comes from a crash between the two appends. Younger claims count as open: they may be in flight.
 */
export const STALE_CLAIM_MS = 60_000;

/** A claim judged stale on a read of the guard; it is ignored only while the guard has not moved since. */
export interface StaleClaim {
  caseId: string;
  seen: number;
}

export const openCaseIdOf = (guard: MinorGuardState, stale?: StaleClaim): string | undefined =>
  stale && stale.caseId === guard.openCaseId && stale.seen === guard.seen ? undefined : guard.openCaseId;

export interface GuardTarget {
  minorId: string;
  caseId: string;
  occurredAt?: string;
  context: RequestContext;
}

@Injectable()
export class MinorGuard {
  constructor(
    private readonly commands: CommandBus,
    private readonly log: EventLog,
  ) {}

  /**
   * Claims the minor for target.caseId. `check` is the case's own decide, run dry on the open case the guard names:
   * a refused opening appends nothing, not even its claim. Failures after the claim are not compensated (the case append
   * may have committed unseen); staleClaim heals them instead.
   */
  async claim(target: GuardTarget, check: (openCaseIdForMinor: string | undefined, now: Date) => unknown): Promise<void> {
    const stream = minorGuardStream(target.minorId);
    const stale = await this.staleClaim(await loadStream(this.log, stream, minorGuardFold));
    const decide = (guard: MinorGuardState, now: Date): MinorGuardEvent[] => {
      check(openCaseIdOf(guard, stale), now);
      return [{ type: 'MinorCaseOpened', data: { minorId: target.minorId, caseId: target.caseId } }];
    };
    await this.commands.execute(new StreamCommand(stream, minorGuardFold, decide, target.context, { occurredAt: target.occurredAt }));
  }

  /** After the case closed: the guard no longer holds it open. */
  async release(target: GuardTarget): Promise<void> {
    const decide = (): MinorGuardEvent[] => [{ type: 'MinorCaseClosed', data: { minorId: target.minorId, caseId: target.caseId } }];
    const stream = minorGuardStream(target.minorId);
    await this.commands.execute(new StreamCommand(stream, minorGuardFold, decide, target.context, { occurredAt: target.occurredAt }));
  }

  private async staleClaim({ state, events }: LoadedStream<MinorGuardState>): Promise<StaleClaim | undefined> {
    const caseId = state.openCaseId;
    if (caseId === undefined) return undefined;
    const claim = [...events].reverse().find((e) => e.type === 'MinorCaseOpened' && (e.data as { caseId?: string }).caseId === caseId);
    // recordedAt comes from the store's wall clock, so the claim's age is measured on the wall clock too.
    if (Date.now() - Date.parse(String(claim?.metadata.recordedAt)) < STALE_CLAIM_MS) return undefined;
    const claimed = await loadStream(this.log, caseStream(caseId), caseFold);
    return claimed.state.status === 'open' ? undefined : { caseId, seen: state.seen };
  }
}
