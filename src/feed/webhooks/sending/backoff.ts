export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

/**
 * Exponential backoff with full jitter: a random wait up to base·2^(failures−1), capped.
 * Receivers that failed together do not all come back at the same instant.
 */
export const retryDelayMs = (failures: number, policy: BackoffPolicy, random: () => number = Math.random): number => {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 40));
  return Math.floor(random() * (ceiling + 1));
};
