import { randomUUID } from 'node:crypto';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { ReadCaseloadOverview, ReadCaseloadOverviewHandler } from '../src/projections/caseload/caseload-overview.query';
import { caseloadProjection } from '../src/projections/caseload/caseload.projection';
import { ReadWorkerCaseload, ReadWorkerCaseloadHandler } from '../src/projections/caseload/worker-caseload.query';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { Given, caughtUp, givenRemembering, rebuild, snapshotAll } from './support/read-models';
import { TestDatabase, createTestDatabase } from './support/test-database';

const MILANO = { istatCode: '015146', name: 'Milano' };
const BERGAMO = { istatCode: '016024', name: 'Bergamo' };

describe('caseload read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let given: Given;
  let workerCaseload: ReadWorkerCaseloadHandler;
  let overview: ReadCaseloadOverviewHandler;
  const families = { milano: randomUUID(), bergamo: randomUUID() };
  const cases = { one: randomUUID(), two: randomUUID(), closed: randomUUID() };

  const family = (familyId: string, municipality: typeof MILANO) =>
    given(`family-${familyId}`, [{ type: 'FamilyRegistered', data: { familyId, municipality, address: 'Via Roma 1' } }]);
  const onCase = (caseId: string, events: Array<{ type: string; data: object }>, occurredAt?: string) =>
    given(
      `case-${caseId}`,
      events.map((e) => ({ type: e.type, data: { caseId, ...e.data } })),
      { occurredAt },
    );
  const opened = (familyId: string) => ({
    type: 'CaseOpened',
    data: {
      familyId,
      minorId: randomUUID(),
      minorBirthDate: '2015-03-02',
      intake: { kind: 'spontaneous', requesterId: randomUUID(), reason: 'x' },
    },
  });
  const assigned = (workerId: string, name: string, role: string) => ({ type: 'TeamMemberAssigned', data: { workerId, name, role } });
  const latest = async () => caughtUp(runner, given.last());

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    given = givenRemembering(new EventLog(store));
    runner = new ProjectionRunner([caseloadProjection], sharedPool(database.pool), store, database.connectionString, { pollMs: 100 });
    runner.start();
    workerCaseload = new ReadWorkerCaseloadHandler(database.pool);
    overview = new ReadCaseloadOverviewHandler(database.pool);
    await family(families.milano, MILANO);
    await onCase(cases.one, [opened(families.milano)], '2026-01-10T09:00:00.000Z');
    await onCase(cases.one, [
      assigned('alice', 'Alice Rossi', 'social-worker'),
      assigned('bob', 'Bob Neri', 'psychologist'),
      { type: 'CaseManagerChanged', data: { workerId: 'alice' } },
      { type: 'AssessmentCompleted', data: { assessmentId: randomUUID(), riskLevel: 'low', riskFactors: [], protectiveFactors: [] } },
      { type: 'AssessmentCompleted', data: { assessmentId: randomUUID(), riskLevel: 'high', riskFactors: [], protectiveFactors: [] } },
    ]);
    // The case is projected before its family: the municipality is filled when the family arrives.
    await onCase(cases.two, [opened(families.bergamo)], '2026-02-10T09:00:00.000Z');
    await family(families.bergamo, BERGAMO);
    await onCase(cases.two, [
      assigned('alice', 'Alice Rossi', 'social-worker'),
      assigned('bob', 'Bob Neri', 'educator'),
      { type: 'CaseManagerChanged', data: { workerId: 'bob' } },
      { type: 'TeamMemberReleased', data: { workerId: 'bob' } },
    ]);
    await onCase(cases.closed, [
      opened(families.milano),
      assigned('alice', 'Alice Rossi', 'social-worker'),
      { type: 'CaseClosed', data: { reason: 'goals-met' } },
    ]);
    await latest();
  });
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('Given team events, Then a worker’s open cases with role, case manager, municipality and latest risk level', async () => {
    const caseload = await workerCaseload.execute(new ReadWorkerCaseload('alice'));
    expect(caseload).toEqual({
      workerId: 'alice',
      name: 'Alice Rossi',
      openCases: 2,
      asCaseManager: 1,
      byRole: [
        { role: 'social-worker', openCases: 2 },
        { role: 'psychologist', openCases: 0 },
        { role: 'educator', openCases: 0 },
      ],
      byRiskLevel: [
        { riskLevel: 'none', openCases: 0 },
        { riskLevel: 'low', openCases: 0 },
        { riskLevel: 'medium', openCases: 0 },
        { riskLevel: 'high', openCases: 1 },
        { riskLevel: 'unassessed', openCases: 1 },
      ],
      cases: [
        {
          caseId: cases.one,
          role: 'social-worker',
          isCaseManager: true,
          assignedAt: expect.any(String),
          openedAt: '2026-01-10T09:00:00.000Z',
          municipality: MILANO,
          riskLevel: 'high',
        },
        {
          caseId: cases.two,
          role: 'social-worker',
          isCaseManager: false,
          assignedAt: expect.any(String),
          openedAt: '2026-02-10T09:00:00.000Z',
          municipality: BERGAMO,
          riskLevel: null,
        },
      ],
      next: null,
    });
  });

  it('drops a released worker, and the case manager with them', async () => {
    const bob = await workerCaseload.execute(new ReadWorkerCaseload('bob'));
    expect(bob.cases.map((c) => [c.caseId, c.role, c.isCaseManager])).toEqual([[cases.one, 'psychologist', false]]);
    expect((await overview.execute(new ReadCaseloadOverview())).withoutCaseManager).toBe(1);
  });

  it('gives a worker on no open case an empty caseload, and pages the cases while counting them all', async () => {
    expect(await workerCaseload.execute(new ReadWorkerCaseload('nobody'))).toMatchObject({
      name: null,
      openCases: 0,
      cases: [],
      next: null,
    });
    const first = await workerCaseload.execute(new ReadWorkerCaseload('alice', { limit: 1 }));
    expect({ cases: first.cases.map((c) => c.caseId), open: first.openCases }).toEqual({ cases: [cases.one], open: 2 });
    expect(first.next).toEqual(expect.any(String));
    const second = await workerCaseload.execute(new ReadWorkerCaseload('alice', { limit: 1, cursor: first.next! }));
    expect({ cases: second.cases.map((c) => c.caseId), next: second.next }).toEqual({ cases: [cases.two], next: null });
  });

  it('counts open cases per worker, per role and per municipality, optionally in one municipality', async () => {
    expect(await overview.execute(new ReadCaseloadOverview())).toEqual({
      municipality: null,
      openCases: 2,
      withoutCaseManager: 1,
      withoutTeam: 0,
      byWorker: [
        { workerId: 'alice', name: 'Alice Rossi', roles: ['social-worker'], openCases: 2, asCaseManager: 1 },
        { workerId: 'bob', name: 'Bob Neri', roles: ['psychologist'], openCases: 1, asCaseManager: 0 },
      ],
      byRole: [
        { role: 'social-worker', openCases: 2, workers: 1 },
        { role: 'psychologist', openCases: 1, workers: 1 },
        { role: 'educator', openCases: 0, workers: 0 },
      ],
      byMunicipality: [
        { ...MILANO, openCases: 1 },
        { ...BERGAMO, openCases: 1 },
      ],
    });
    const inBergamo = await overview.execute(new ReadCaseloadOverview(BERGAMO.istatCode));
    expect({ open: inBergamo.openCases, workers: inBergamo.byWorker.map((w) => w.workerId) }).toEqual({ open: 1, workers: ['alice'] });
  });

  it('takes a closed case out of every count, and a reopened one back in', async () => {
    await onCase(cases.one, [{ type: 'CaseClosed', data: { reason: 'transferred' } }]);
    await latest();
    expect((await workerCaseload.execute(new ReadWorkerCaseload('alice'))).cases.map((c) => c.caseId)).toEqual([cases.two]);
    expect((await overview.execute(new ReadCaseloadOverview())).byWorker.map((w) => w.workerId)).toEqual(['alice']);
    await onCase(cases.one, [{ type: 'CaseReopened', data: { reason: 'new referral' } }]);
    await latest();
    expect((await workerCaseload.execute(new ReadWorkerCaseload('alice'))).openCases).toBe(2);
  });

  it('rebuilt from zero, equals the live model', async () => {
    await runner.stop();
    const live = await snapshotAll(database.pool, caseloadProjection);
    expect(live.caseload_team.length).toBe(4);
    await rebuild(database.pool, store, caseloadProjection);
    expect(await snapshotAll(database.pool, caseloadProjection)).toEqual(live);
  });
});
