/** A small deterministic PRNG (mulberry32) and the picks the seed needs. Never Math.random: a seed must give the same data. */

/** A 32-bit hash of numbers and strings (FNV-1a), to derive independent streams: one per family, whatever the family count. */
export const hash32 = (...parts: Array<string | number>): number => {
  let h = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    h ^= char.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
};

/** The golden-ratio sequence: frac(phase + i / φ) spreads any number of families evenly over [0, 1). */
export const stratified = (phase: number, index: number): number => (phase + index * 0.6180339887498949) % 1;

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A number in [lo, hi). */
  between(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys, in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>, u = this.next()): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let left = u * total;
    for (const [key, weight] of entries) {
      if (left < weight) return key;
      left -= weight;
    }
    return entries[entries.length - 1][0];
  }

  /** n distinct items, in the order drawn. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }

  /** An independent stream for a part of the data, so that adding a part does not shift the draws of another. */
  fork(label: string | number): Random {
    return new Random(hash32(this.state, label));
  }
}
