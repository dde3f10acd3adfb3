import { DomainError } from '../../common/domain-error';
import { CaseEvent } from '../case.events';
import { CaseState, evolve, initialCaseState } from '../case.state';

/** Given (past events) / When (a decide call on their state) / Then (new events, or a stable error code). */
export const given = (...history: CaseEvent[]) => {
  const state = history.reduce<CaseState>((s, e) => evolve(s, e), initialCaseState);
  return {
    state,
    when: (decide: (state: CaseState) => CaseEvent[]) => ({
      thenEvents: (expected: CaseEvent[]) => expect(decide(state)).toEqual(expected),
      /** `inspect` sees the error for further checks (extensions, detail); returns nothing so `it(..., () => ...)` stays sync. */
      thenThrows: (code: string, status?: number, inspect?: (error: DomainError) => void): void => {
        let thrown: unknown;
        try {
          decide(state);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(DomainError);
        const error = thrown as DomainError;
        expect(error.code).toBe(code);
        if (status !== undefined) expect(error.status).toBe(status);
        inspect?.(error);
      },
    }),
  };
};
