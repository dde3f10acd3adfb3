import { randomUUID } from 'node:crypto';
import { CARERS, carersProjection } from '../src/carers/occupancy/carers.projection';
import { Occupancy, ReadPlacesTaken, ReadPlacesTakenHandler, capacityWarnings } from '../src/carers/occupancy/occupancy.query';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { Given, caughtUp, givenRemembering, rebuild, snapshotAll } from './support/read-models';
import { TestDatabase, createTestDatabase } from './support/test-database';

/** Who is placed where now: started, and not ended, revoked, lapsed, superseded or closed. */
describe(`${CARERS} read model: occupancy`, () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let given: Given;
  let occupancy: Occupancy;
  const aurora = randomUUID();
  const faro = randomUUID();
  const rossi = randomUUID();
  const cases = Array.from({ length: 6 }, () => randomUUID());
  const at = (id: string, name: string) => ({ kind: 'facility', facilityId: id, name });
  const onCase = (caseId: string, ...events: Array<{ type: string; data: object }>) =>
    given(
      `case-${caseId}`,
      events.map((e) => ({ type: e.type, data: { caseId, ...e.data } })),
      { occurredAt: '2026-11-01T10:00:00.000Z' },
    );
  const placed = (placementId: string, placedWith: object, placedAt = '2026-11-01T09:00:00.000Z') => ({
    type: 'EmergencyPlacementMade',
    data: { placementId, placedAt, placeKind: 'community', reason: 'x', placedWith },
  });
  const decree = { authority: 'tribunale-per-i-minorenni', decreeNumber: '1/2026', decreeDate: '2026-11-02', legalBasis: 'art-333-cc' };

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    given = givenRemembering(new EventLog(store));
    runner = new ProjectionRunner([carersProjection], sharedPool(database.pool), store, database.connectionString, { pollMs: 100 });
    runner.start();
    occupancy = new Occupancy(database.pool, () => new Date('2026-11-20T10:00:00Z'));
    const facility = (facilityId: string, name: string, kind: string, capacity: number) => ({
      type: 'FacilityRegistered',
      data: {
        facilityId,
        name,
        kind,
        capacity,
        municipality: { istatCode: '015146', name: 'Milano' },
        address: 'Via dei Mille 12',
        authorisation: { region: 'Lombardia', actNumber: '1', actDate: '2024-03-15' },
      },
    });
    await given(`facility-${aurora}`, [facility(aurora, 'Casa Aurora', 'comunita-madre-bambino', 2)]);
    await given(`facility-${faro}`, [facility(faro, 'Il Faro', 'pronta-accoglienza', 4)]);
    await given(`foster-carer-${rossi}`, [
      {
        type: 'FosterCarerRegistered',
        data: {
          fosterCarerId: rossi,
          familyId: randomUUID(),
          carers: [{ memberId: randomUUID(), name: 'Luca Rossi' }],
          availability: { accepts: ['residential'], places: 2 },
          assessedOn: '2026-06-10',
        },
      },
    ]);
    const [a, b, c, d, e, f] = cases;
    // a: placed at Casa Aurora, still there
    await onCase(a, placed(randomUUID(), at(aurora, 'Casa Aurora')));
    // b: placed at Il Faro, then the decree moves the child to Casa Aurora: one place at a time
    const measure = randomUUID();
    await onCase(b, placed(randomUUID(), at(faro, 'Il Faro')));
    await onCase(b, { type: 'ProtectionMeasureProposed', data: { measureId: measure, kind: 'community-placement', reason: 'x' } });
    await onCase(b, { type: 'ProtectionMeasureOrdered', data: { measureId: measure, ...decree, placedWith: at(aurora, 'Casa Aurora') } });
    // c: placed at Il Faro, revoked by the PM
    const revoked = randomUUID();
    await onCase(c, placed(revoked, at(faro, 'Il Faro')), {
      type: 'EmergencyPlacementRevoked',
      data: { placementId: revoked, ...decree, authority: 'procura-presso-il-tm' },
    });
    // d: placed at Il Faro, lapsed
    const lapsed = randomUUID();
    await onCase(d, placed(lapsed, at(faro, 'Il Faro')), {
      type: 'MeasureLapsed',
      data: {
        measureId: lapsed,
        measureKind: 'emergency-placement',
        missedStep: 'transmission',
        dueAt: '2026-11-02T09:00:00Z',
        legalBasis: 'x',
      },
    });
    // e: with the Rossi foster carers, then the case closes
    await onCase(e, placed(randomUUID(), { kind: 'foster-carer', fosterCarerId: rossi, name: 'Luca Rossi' }));
    await onCase(e, { type: 'CaseClosed', data: { reason: 'transferred', receivingService: 'Monza' } });
    // f: with the Rossi foster carers by a decree that starts after today
    const later = randomUUID();
    await onCase(f, { type: 'ProtectionMeasureProposed', data: { measureId: later, kind: 'foster-care', reason: 'x' } });
    await onCase(f, {
      type: 'ProtectionMeasureOrdered',
      data: {
        measureId: later,
        ...decree,
        startsOn: '2026-12-01',
        placedWith: { kind: 'foster-carer', fosterCarerId: rossi, name: 'Luca Rossi' },
      },
    });
    await caughtUp(runner, given.last());
  });
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('counts the children placed now, one place per child; revoked, lapsed, closed and not yet started ones do not count', async () => {
    const facilities = await occupancy.of('facility', [aurora, faro]);
    expect(Object.fromEntries(facilities)).toEqual({ [aurora]: 2 });
    expect(await occupancy.one('foster-carer', rossi)).toBe(0);
    expect(await occupancy.one('facility', aurora, cases[0])).toBe(1);
  });

  it('a place’s own page reads the same count through the query bus, every case included', async () => {
    const placesTaken = new ReadPlacesTakenHandler(occupancy);
    expect(await placesTaken.execute(new ReadPlacesTaken('facility', aurora))).toBe(2);
    expect(await placesTaken.execute(new ReadPlacesTaken('facility', faro))).toBe(0);
    expect(await placesTaken.execute(new ReadPlacesTaken('foster-carer', rossi))).toBe(0);
  });

  it('warns when a place is full, leaving out the case placed', async () => {
    const placesTaken = new ReadPlacesTakenHandler(occupancy);
    const place = { placeType: 'facility', placeId: aurora, places: 2 } as const;
    const warningsFor = async (caseId: string) =>
      capacityWarnings(place, await placesTaken.execute(new ReadPlacesTaken('facility', aurora, caseId)));
    expect(await warningsFor(randomUUID())).toEqual([expect.objectContaining({ code: 'FACILITY_AT_CAPACITY' })]);
    expect(await warningsFor(cases[0])).toEqual([]);
  });

  it('rebuilt from zero, equals the live model', async () => {
    await runner.stop();
    const live = await snapshotAll(database.pool, carersProjection);
    expect(live.carers_placements.length).toBe(7);
    await rebuild(database.pool, store, carersProjection);
    expect(await snapshotAll(database.pool, carersProjection)).toEqual(live);
  });
});
