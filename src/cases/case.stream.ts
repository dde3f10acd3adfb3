import { Fold } from '../common/stream-command';
import { CaseEvent } from './case.events';
import { CaseState, evolve, initialCaseState } from './case.state';

export const caseStream = (caseId: string): string => `case-${caseId}`;

/** The generic command path folds {type, data} only; wrapped so no third argument (reduce's index) reaches evolve's times. */
export const caseFold: Fold<CaseState, CaseEvent> = {
  initial: initialCaseState,
  evolve: (state, event) => evolve(state, event),
};
