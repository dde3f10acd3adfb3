import { AddressInfo } from 'node:net';
import { romeDate } from '../src/common/rome-date';
import { runSeed } from '../src/seed/run-seed';
import { SeedSummary } from '../src/seed/seed.plan';
import { TestApp, countEvents, createTestApp } from './support/test-app';

/** `npm run seed` against a running instance, twice on fresh databases with the same seed: the same data both times. */
const seedFreshApp = async (
  asOf: string,
): Promise<{ summary: SeedSummary; events: number; replayed: SeedSummary; eventsAfterReplay: number; placedWith: number }> => {
  const t: TestApp = await createTestApp();
  try {
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const options = { url: `http://127.0.0.1:${port}`, token: await t.token('coordinator', 'seed'), families: 5, seed: 42, asOf };
    const summary = await runSeed(options);
    const events = await countEvents(t);
    // Placements and placing measures that name a seeded facility or foster carer (issue 15).
    const { rows } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM events WHERE type IN ('EmergencyPlacementMade', 'ProtectionMeasureOrdered') AND data ? 'placedWith'`,
    );
    // Re-running the same seed on the same instance replays the first answers: nothing is written twice.
    const replayed = await runSeed(options);
    return { summary, events, replayed, eventsAfterReplay: await countEvents(t), placedWith: rows[0].n };
  } finally {
    await t.close();
  }
};

describe('npm run seed (e2e)', () => {
  it('fills an instance through its API, the same way for the same seed', async () => {
    const asOf = romeDate(new Date());
    const first = await seedFreshApp(asOf);
    const second = await seedFreshApp(asOf);

    expect(second.summary).toEqual(first.summary);
    expect(second.events).toBe(first.events);
    expect(first.replayed).toEqual(first.summary);
    expect(first.eventsAfterReplay).toBe(first.events);

    const s = first.summary;
    expect(s.families).toBe(5);
    expect(s.members).toBeGreaterThan(5 * 2);
    expect([s.cases.spontaneous, s.cases.semiSpontaneous, s.cases.judicial].every((n) => n > 0)).toBe(true);
    expect(s.art403Placements.made + s.affidi).toBeGreaterThan(0);
    expect(s.closures).toBeGreaterThan(0);
    expect(s.contacts).toBeGreaterThan(s.cases.total);
    expect(s.community.partners).toBeGreaterThan(2);
    expect(s.community.initiativesHeld).toBeGreaterThan(0);
    expect(s.community.reports).toBe(s.community.partners);
    expect(s.people.relations).toBeGreaterThan(s.families);
    expect(s.people.otherHomes).toBeGreaterThan(0);
    expect(s.people.links).toBeGreaterThanOrEqual(s.people.otherHomes);
    expect(s.carers).toEqual({ facilities: 6, fosterCarers: 3 });
    expect(first.placedWith).toBeGreaterThan(0);
    // One event per request; one more per new person (PersonRegistered beside FamilyMemberAdded), and on the minor's
    // guard stream for each opening, closure and reopening.
    expect(first.events).toBe(s.requests + s.members + s.cases.total + s.closures + s.reopenings);
  }, 120_000);
});
