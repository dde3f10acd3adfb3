import { Streams } from '../common/send-command';
import { familyKind } from '../families/family.decider';
import { CaseFacts, FamilyFacts } from './case.command';
import { caseKind } from './case.decider';

/** The case's household, read before deciding when a command names people of it; absent when the case is not there. */
export const familyFactsOfCase = async (streams: Streams, caseId: string): Promise<Pick<CaseFacts, 'family'>> => {
  const { state } = await streams.load(caseKind, caseId);
  if (state.status === 'none') return {};
  const family = await streams.load(familyKind, state.familyId);
  const members = family.state.members.map(({ id, role, birthDate }) => ({ id, role, birthDate }));
  const facts: FamilyFacts = { familyId: state.familyId, members };
  return { family: facts };
};
