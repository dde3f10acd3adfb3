/** The bench's own seeded randomness: the same seed gives the same requests, on any machine and Node version. */

/** mulberry32: a 32-bit state, uniform floats in [0, 1). Small, fast, and good enough to pick requests. */
export const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type Random = () => number;

/** A seed for the n-th item of a run (a murmur3-style finaliser): item n's draws do not depend on the items before it. */
export const derive = (seed: number, n: number): number => {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ n) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

export const integer = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/**
 * A Zipf-like chooser over ranks 0..n-1: P(rank k) ∝ 1 / (k + 1)^exponent. Rank 0 is the hottest stream, the long
 * tail gets a few requests each. Sampling is a binary search in the cumulative weights.
 */
export const zipf = (n: number, exponent: number): ((random: Random) => number) => {
  if (n < 1) throw new Error('zipf needs at least one rank');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / Math.pow(k + 1, exponent);
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] <= target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
};

/** Picks a key by its weight. */
export const weighted = <K extends string>(weights: Record<K, number>): ((random: Random) => K) => {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  return (random) => {
    let target = random() * total;
    for (const key of keys) if ((target -= weights[key]) < 0) return key;
    return keys[keys.length - 1];
  };
};
