import { CommandData, Decider, DecideContext, DomainEvent, EventMeta } from '../decider';
import { DomainError } from '../domain-error';
import { RequestContext } from '../request-context';

export interface SpecClock<F> {
  /** The decider's now; commands without occurredAt happen at it, as the engine dates them. */
  now: Date;
  actor?: RequestContext['actor'];
  /** Facts every command of the spec sees unless its when() names others. */
  facts?: F;
}

const WORKER: RequestContext['actor'] = { id: 'alice', role: 'social-worker' };

/**
 * Given (past events) / When (a command, as data) / Then (new events, or a stable error code), with no I/O.
 * Past events fold with the spec's actor and now as their metadata, through the decider's own evolve.
 */
export const deciderSpec = <C extends CommandData, S, E extends DomainEvent, F>(decider: Decider<C, S, E, F>, clock: SpecClock<F>) => {
  const actor = clock.actor ?? WORKER;
  const meta: EventMeta = { occurredAt: clock.now.toISOString(), recordedAt: clock.now.toISOString(), actorId: actor.id };
  return {
    given: (...history: E[]) => {
      const state = history.reduce((folded, event) => decider.evolve(folded, event, meta), decider.initialState);
      return {
        state,
        when: (command: C, facts?: F) => {
          const context: DecideContext<F> = { now: clock.now, actor, facts: (facts ?? clock.facts) as F };
          const decide = () => decider.decide({ ...command, occurredAt: command.occurredAt ?? clock.now.toISOString() }, state, context);
          // Not `then`: an object with a then method is a thenable, which Jest would try to await.
          return {
            thenEvents: (expected: E[]) => expect(decide()).toEqual(expected),
            /** `inspect` sees the error for further checks (extensions, detail). */
            thenThrows: (code: string, status?: number, inspect?: (error: DomainError) => void): void => {
              let thrown: unknown;
              try {
                decide();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainError);
              const error = thrown as DomainError;
              expect(error.code).toBe(code);
              if (status !== undefined) expect(error.status).toBe(status);
              inspect?.(error);
            },
          };
        },
      };
    },
  };
};
