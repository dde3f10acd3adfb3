import { DomainError, InvalidInputError } from '../../common/domain-error';
import { GoalNeeds, GoalReview, Need } from '../case.values';
import { CaseState } from '../case.state';
import { assertNewId } from '../case.guards';

/** Needs found by an assessment are new on the case; a goal cites needs the case has; a review speaks of the plan's goals. */

export const plainNeeds = (needs: readonly Need[], state: CaseState): Need[] => {
  const seen: Record<string, true> = { ...Object.fromEntries(Object.keys(state.needs).map((id) => [id, true])) };
  return needs.map(({ needId, domain, description }) => {
    assertNewId(seen, 'need', needId);
    seen[needId] = true;
    return { needId, domain, description };
  });
};

const assertGoal = (goalIndex: number, goals: readonly string[]): void => {
  if (!Number.isInteger(goalIndex) || goalIndex < 0 || goalIndex >= goals.length) {
    throw new InvalidInputError('GOAL_NOT_FOUND', `the plan has goals 0 to ${goals.length - 1}, not ${goalIndex}`, { goalIndex });
  }
};

export const plainGoalNeeds = (goalNeeds: readonly GoalNeeds[], goals: readonly string[], state: CaseState): GoalNeeds[] =>
  goalNeeds.map(({ goalIndex, needIds }) => {
    assertGoal(goalIndex, goals);
    const unknown = needIds.filter((id) => !Object.hasOwn(state.needs, id));
    if (unknown.length > 0) {
      throw new DomainError('NEED_NOT_FOUND', 'a goal cites needs no completed assessment of this case found', 404, { needIds: unknown });
    }
    return { goalIndex, needIds: [...new Set(needIds)] };
  });

export const plainGoalReviews = (reviews: readonly GoalReview[], goals: readonly string[]): GoalReview[] =>
  reviews.map(({ goalIndex, progress, note }) => {
    assertGoal(goalIndex, goals);
    return { goalIndex, progress, ...(note ? { note } : {}) };
  });
