import { birthday } from '../cases/case.age';
import { planFamily } from './family.seed';
import { Step, summarise } from './seed.plan';
import { dayNumber } from './timeline';

const AS_OF = '2026-03-15';
const plan = (seed: number, families: number) => Array.from({ length: families }, (_, i) => planFamily(seed, i, dayNumber(AS_OF)));
const occurredAt = (step: Step) => (step.body as { occurredAt?: string }).occurredAt;

describe('the seed plan', () => {
  it('is the same for the same seed, family by family whatever the number of families, and another for another seed', () => {
    expect(plan(7, 5)).toEqual(plan(7, 5));
    expect(plan(7, 12).slice(0, 5)).toEqual(plan(7, 5));
    expect(plan(8, 5)).not.toEqual(plan(7, 5));
  });

  it('shows every intake kind with as few as 8 families', () => {
    for (const seed of [1, 2, 3, 42, 99, 2024]) {
      const { cases } = summarise(plan(seed, 8));
      expect([seed, cases.spontaneous > 0, cases.semiSpontaneous > 0, cases.judicial > 0]).toEqual([seed, true, true, true]);
    }
  });

  it('keeps every case in the three years before the reference date, in order, and the minor under 18 until the closure', () => {
    const last = Date.parse(`${AS_OF}T00:00:00Z`);
    const first = last - 3 * 365 * 86_400_000;
    for (const family of plan(3, 150)) {
      const births = new Map(
        family.steps.filter((s) => s.saves?.startsWith('m')).map((s) => [s.saves!, (s.body as { birthDate: string }).birthDate]),
      );
      const minorOf = new Map<string, string>();
      const previous = new Map<string, string>();
      for (const step of family.steps.filter((s) => s.caseRef)) {
        const at = occurredAt(step)!;
        expect([step.name, Date.parse(at) < last, Date.parse(at) >= first]).toEqual([step.name, true, true]);
        expect([step.name, at >= (previous.get(step.caseRef!) ?? '')]).toEqual([step.name, true]);
        previous.set(step.caseRef!, at);
        if (step.path === '/cases') minorOf.set(step.caseRef!, births.get((step.body as { minorId: string }).minorId.slice(2, -1))!);
        if (!step.path.endsWith('/closure'))
          expect([step.name, at.slice(0, 10) < birthday(minorOf.get(step.caseRef!)!, 18)]).toEqual([step.name, true]);
      }
    }
  });

  it('has realistic shares over many families', () => {
    const s = summarise(plan(11, 400));
    expect(s.cases.spontaneous / s.cases.total).toBeGreaterThan(0.25);
    expect(s.cases.semiSpontaneous / s.cases.total).toBeGreaterThan(0.3);
    expect(s.cases.judicial / s.cases.total).toBeGreaterThan(0.15);
    expect(s.art403Placements.made).toBeGreaterThan(0);
    expect(s.art403Placements.validated).toBeGreaterThan(s.art403Placements.revoked);
    expect(s.reopenings).toBeLessThan(s.closures / 5);
  });
});
