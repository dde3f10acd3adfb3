import { randomUUID } from 'node:crypto';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { statisticsProjection } from '../src/projections/statistics/statistics.projection';
import { ReadStatistics, ReadStatisticsHandler } from '../src/projections/statistics/statistics.query';
import { Given, caughtUp, givenRemembering, rebuild, snapshotAll } from './support/read-models';
import { TestDatabase, createTestDatabase } from './support/test-database';

const MILANO = { istatCode: '015146', name: 'Milano' };
const BERGAMO = { istatCode: '016024', name: 'Bergamo' };
/** The counts above zero, by kind or reason. */
const nonZero = (counts: Array<{ count: number; kind?: string; reason?: string }>) =>
  Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.kind ?? c.reason, c.count]));

describe('statistics read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let given: Given;
  let statistics: ReadStatisticsHandler;
  const families = { milano: randomUUID(), bergamo: randomUUID() };
  const cases = { school: randomUUID(), judicial: randomUUID(), spontaneous: randomUUID(), paediatrician: randomUUID() };
  const measure = { foster: randomUUID(), community: randomUUID() };

  const onCase = (caseId: string, occurredAt: string, ...events: Array<{ type: string; data: object }>) =>
    given(
      `case-${caseId}`,
      events.map((e) => ({ type: e.type, data: { caseId, ...e.data } })),
      { occurredAt },
    );
  const opened = (familyId: string, intake: object) => ({
    type: 'CaseOpened',
    data: { familyId, minorId: randomUUID(), minorBirthDate: '2015-03-02', intake },
  });
  const referral = (kind: string) => ({
    kind: 'semi-spontaneous',
    referrer: { kind, organisation: 'IC Manzoni', contactPerson: 'Prof.ssa Verdi' },
    reason: 'assenze',
  });
  const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '1/2026', legalBasis: 'l184-art4-judicial-affido' };

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    given = givenRemembering(new EventLog(store));
    runner = new ProjectionRunner([statisticsProjection], sharedPool(database.pool), store, database.connectionString, { pollMs: 100 });
    runner.start();
    statistics = new ReadStatisticsHandler(database.pool);
    for (const [familyId, municipality] of [
      [families.milano, MILANO],
      [families.bergamo, BERGAMO],
    ] as const) {
      await given(`family-${familyId}`, [{ type: 'FamilyRegistered', data: { familyId, municipality, address: 'Via Roma 1' } }]);
    }
    // 23:30 UTC on 31 January is 00:30 on 1 February in Rome: it counts in February.
    await onCase(cases.school, '2026-01-31T23:30:00.000Z', opened(families.milano, referral('school')));
    await onCase(cases.paediatrician, '2026-02-15T10:00:00.000Z', opened(families.bergamo, referral('paediatrician')));
    await onCase(
      cases.spontaneous,
      '2026-02-20T10:00:00.000Z',
      opened(families.milano, { kind: 'spontaneous', requesterId: randomUUID(), reason: 'x' }),
    );
    await onCase(
      cases.judicial,
      '2026-03-01T10:00:00.000Z',
      opened(families.milano, {
        kind: 'judicial',
        authority: 'tribunale-per-i-minorenni',
        proceedingNumber: '1/2026',
        decreeDate: '2026-02-25',
        mandates: ['monitoring'],
        reportDeadlines: [],
      }),
    );
    await onCase(
      cases.judicial,
      '2026-03-02T10:00:00.000Z',
      { type: 'ProtectionMeasureProposed', data: { measureId: measure.foster, kind: 'foster-care', reason: 'x' } },
      { type: 'ProtectionMeasureProposed', data: { measureId: measure.community, kind: 'community-placement', reason: 'never ordered' } },
      {
        type: 'EmergencyPlacementMade',
        data: { placementId: randomUUID(), placedAt: '2026-03-05T08:00:00+01:00', placeKind: 'community', reason: 'x' },
      },
    );
    await onCase(cases.judicial, '2026-03-12T10:00:00.000Z', {
      type: 'ProtectionMeasureOrdered',
      data: { measureId: measure.foster, ...decree, decreeDate: '2026-03-10' },
    });
    await onCase(cases.spontaneous, '2026-04-01T10:00:00.000Z', { type: 'CaseClosed', data: { reason: 'goals-met' } });
    await onCase(cases.spontaneous, '2026-05-01T10:00:00.000Z', { type: 'CaseReopened', data: { reason: 'new referral' } });
    await onCase(cases.spontaneous, '2026-06-01T10:00:00.000Z', { type: 'CaseClosed', data: { reason: 'moved-away' } });
    await caughtUp(runner, given.last());
  });
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('Given openings in a period, Then counts per intake kind and per referrer kind, on Europe/Rome dates', async () => {
    const february = await statistics.execute(new ReadStatistics({ from: '2026-02-01', to: '2026-02-28' }));
    expect(february.opened.total).toBe(3);
    expect(nonZero(february.opened.byIntakeKind)).toEqual({ 'semi-spontaneous': 2, spontaneous: 1 });
    expect(nonZero(february.opened.byReferrerKind)).toEqual({ school: 1, paediatrician: 1 });
    expect(february.opened.byIntakeKind.map((c) => c.kind)).toEqual(['spontaneous', 'semi-spontaneous', 'judicial']);
    expect((await statistics.execute(new ReadStatistics({ from: '2026-01-01', to: '2026-01-31' }))).opened.total).toBe(0);
  });

  it('counts measures on their decree date, emergency placements apart, and never a measure only proposed', async () => {
    const march = await statistics.execute(new ReadStatistics({ from: '2026-03-01', to: '2026-03-31' }));
    expect(march.measuresOrdered).toEqual({
      total: 1,
      byKind: expect.arrayContaining([
        { kind: 'foster-care', count: 1 },
        { kind: 'community-placement', count: 0 },
      ]),
    });
    expect(march.emergencyPlacements).toBe(1);
    expect((await statistics.execute(new ReadStatistics({ from: '2026-03-11', to: '2026-03-31' }))).measuresOrdered.total).toBe(0);
  });

  it('counts every closure by reason, reopenings, and the cases open at the end of the period', async () => {
    const year = await statistics.execute(new ReadStatistics({ from: '2026-01-01', to: '2026-12-31' }));
    expect({
      closures: year.closures.total,
      reasons: nonZero(year.closures.byReason),
      reopened: year.reopened,
      open: year.openAtEnd,
    }).toEqual({
      closures: 2,
      reasons: { 'goals-met': 1, 'moved-away': 1 },
      reopened: 1,
      open: 3,
    });
    const openOn = async (day: string) => (await statistics.execute(new ReadStatistics({ from: '2026-01-01', to: day }))).openAtEnd;
    expect([await openOn('2026-01-31'), await openOn('2026-03-31'), await openOn('2026-04-01'), await openOn('2026-05-15')]).toEqual([
      0, 4, 3, 4,
    ]);
  });

  it('filters by the ISTAT code of the family’s municipality', async () => {
    const bergamo = await statistics.execute(new ReadStatistics({ from: '2026-01-01', to: '2026-12-31', municipality: BERGAMO.istatCode }));
    expect({
      municipality: bergamo.municipality,
      opened: bergamo.opened.total,
      referrers: nonZero(bergamo.opened.byReferrerKind),
      open: bergamo.openAtEnd,
    }).toEqual({
      municipality: BERGAMO.istatCode,
      opened: 1,
      referrers: { paediatrician: 1 },
      open: 1,
    });
  });

  it('refuses a period that ends before it starts', async () => {
    await expect(statistics.execute(new ReadStatistics({ from: '2026-02-01', to: '2026-01-31' }))).rejects.toMatchObject({
      status: 400,
      code: 'INVALID_PERIOD',
    });
  });

  it('keeps no personal data: no names, birth dates, addresses, people or free text in its tables', async () => {
    const { rows } = await database.pool.query(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE 'statistics\\_%' ORDER BY table_name, ordinal_position",
    );
    const columns = rows.map((r) => `${r.table_name}.${r.column_name}`);
    expect(columns.filter((c) => /name|birth|address|minor|member|reason$|text|note/.test(c) && !c.endsWith('.closure_reason'))).toEqual(
      [],
    );
    const everything = JSON.stringify(await snapshotAll(database.pool, statisticsProjection));
    for (const personal of ['Via Roma', 'Milano', 'Prof.ssa', 'IC Manzoni', 'assenze', '2015-03-02'])
      expect(everything).not.toContain(personal);
  });

  it('rebuilt from zero, equals the live model', async () => {
    await runner.stop();
    const live = await snapshotAll(database.pool, statisticsProjection);
    expect(live.statistics_spells.length).toBe(5);
    await rebuild(database.pool, store, statisticsProjection);
    expect(await snapshotAll(database.pool, statisticsProjection)).toEqual(live);
  });
});
