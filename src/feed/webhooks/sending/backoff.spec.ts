import { retryDelayMs } from './backoff';

describe('retry backoff (exponential, full jitter)', () => {
  const policy = { baseMs: 100, capMs: 1000 };

  it('doubles the ceiling after each failure, up to the cap', () => {
    const ceilings = [1, 2, 3, 4, 5, 50].map((failures) => retryDelayMs(failures, policy, () => 0.999999));
    expect(ceilings).toEqual([100, 200, 400, 800, 1000, 1000]);
  });

  it('draws anywhere from zero to the ceiling', () => {
    expect(retryDelayMs(3, policy, () => 0)).toBe(0);
    expect(retryDelayMs(3, policy, () => 0.5)).toBe(200);
    for (let i = 0; i < 100; i++) expect(retryDelayMs(4, policy)).toBeLessThanOrEqual(800);
  });
});
