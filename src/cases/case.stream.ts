import { streamName } from '../common/decider';
import { caseKind } from './case.decider';

/** `case-<caseId>`: the stream of one case, named by its kind. */
export const caseStream = (caseId: string): string => streamName(caseKind, caseId);
