/** Percentiles of latency samples (milliseconds), nearest-rank. */
export interface Percentiles {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  p999: number;
  max: number;
}

export const percentile = (sorted: ArrayLike<number>, p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p * sorted.length) / 100 - 1e-9) - 1))];

export const percentiles = (samples: number[]): Percentiles => {
  const sorted = Float64Array.from(samples).sort();
  return {
    samples: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    p999: percentile(sorted, 99.9),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
};

export const median = (samples: number[]): number => percentile(Float64Array.from(samples).sort(), 50);
