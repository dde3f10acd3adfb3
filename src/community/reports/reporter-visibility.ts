import { RequestContext } from '../../common/request-context';
import { authorizeOnCase } from '../../cases/case.decider';
import { CaseState } from '../../cases/case.state';

/** The reporter is protected: coordinators know who reported, and so does the team of the case opened from the report. */
export const mayKnowReporter = (actor: RequestContext['actor'], openedCase: CaseState | undefined): boolean => {
  if (actor.role === 'coordinator') return true;
  if (!openedCase || openedCase.status === 'none') return false;
  try {
    authorizeOnCase(openedCase, actor);
    return true;
  } catch {
    return false;
  }
};
