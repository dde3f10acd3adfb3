import { Principal } from '../src/auth/roles';
import { encodeKeyset } from '../src/common/pagination';
import { randomUUID } from 'node:crypto';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { caseListProjection } from '../src/projections/case-list/case-list.projection';
import { deadlinesProjection } from '../src/projections/deadlines/deadlines.projection';
import { ListCases, ListCasesHandler } from '../src/projections/case-list/case-list.query';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { rebuildProjection, requestRebuild } from '../src/projections/rebuild';
import { givenEvents } from './support/given-events';
import { TestDatabase, createTestDatabase } from './support/test-database';

const coordinator = { id: 'carla', role: 'coordinator' as const };
const now = new Date('2026-11-25T10:00:00Z');

describe('case list read model', () => {
  let database: TestDatabase;
  let runner: ProjectionRunner;
  let given: ReturnType<typeof givenEvents>;
  let store: PostgresEventStore;
  const ids = {
    family: randomUUID(),
    luca: randomUUID(),
    anna: randomUUID(),
    mother: randomUUID(),
    caseLuca: randomUUID(),
    caseAnna: randomUUID(),
  };

  const caughtUp = async (position: string) => {
    for (let i = 0; i < 500 && !(await runner.hasReached(position)); i++) await new Promise((r) => setTimeout(r, 20));
  };
  const list = (query: Record<string, unknown> = {}, viewer: Principal = coordinator) =>
    new ListCasesHandler(database.pool).execute(new ListCases(query, viewer, now));

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    given = givenEvents(new EventLog(store));
    runner = new ProjectionRunner([caseListProjection, deadlinesProjection], sharedPool(database.pool), store, database.connectionString, {
      pollMs: 100,
    });
    runner.start();
    const family = `family-${ids.family}`;
    await given(family, [
      {
        type: 'FamilyRegistered',
        data: { familyId: ids.family, municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' },
      },
    ]);
    await given(family, [
      {
        type: 'FamilyMemberAdded',
        data: {
          familyId: ids.family,
          memberId: ids.luca,
          givenName: 'Luca',
          familyName: 'Bianchi',
          birthDate: '2015-03-02',
          sex: 'M',
          role: 'minor',
        },
      },
      {
        type: 'FamilyMemberAdded',
        data: {
          familyId: ids.family,
          memberId: ids.anna,
          givenName: 'Anna',
          familyName: 'Bianchi',
          birthDate: '2009-01-10',
          sex: 'F',
          role: 'minor',
        },
      },
    ]);
    await given(
      `case-${ids.caseLuca}`,
      [
        {
          type: 'CaseOpened',
          data: {
            caseId: ids.caseLuca,
            familyId: ids.family,
            minorId: ids.luca,
            minorBirthDate: '2015-03-02',
            intake: {
              kind: 'semi-spontaneous',
              referrer: { kind: 'school', organisation: 'IC Manzoni', contactPerson: 'Prof.ssa Verdi' },
              reason: 'assenze',
            },
          },
        },
      ],
      { occurredAt: '2026-03-01T09:00:00.000Z' },
    );
    await given(`case-${ids.caseLuca}`, [
      { type: 'TeamMemberAssigned', data: { caseId: ids.caseLuca, workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' } },
      { type: 'CaseManagerChanged', data: { caseId: ids.caseLuca, workerId: 'alice' } },
      {
        type: 'AssessmentCompleted',
        data: { caseId: ids.caseLuca, assessmentId: randomUUID(), riskLevel: 'high', riskFactors: ['x'], protectiveFactors: [] },
      },
      {
        type: 'EmergencyPlacementMade',
        data: {
          caseId: ids.caseLuca,
          placementId: randomUUID(),
          placedAt: '2026-04-01T10:00:00.000Z',
          placeKind: 'community',
          reason: 'grave pregiudizio',
        },
      },
    ]);
    await given(
      `case-${ids.caseAnna}`,
      [
        {
          type: 'CaseOpened',
          data: {
            caseId: ids.caseAnna,
            familyId: ids.family,
            minorId: ids.anna,
            minorBirthDate: '2009-01-10',
            intake: { kind: 'spontaneous', requesterId: ids.anna, reason: 'richiesta' },
          },
        },
      ],
      { occurredAt: '2026-05-10T09:00:00.000Z', actor: { id: 'bob', role: 'psychologist' } },
    );
    const last = await given(`case-${ids.caseAnna}`, [{ type: 'CaseClosed', data: { caseId: ids.caseAnna, reason: 'goals-met' } }]);
    await caughtUp(last.position);
  });
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('Given a family and two cases, Then one row per case with the minor, municipality, team and risk', async () => {
    const { items, next } = await list();
    expect(next).toBeNull();
    expect(items.map((i) => i.caseId)).toEqual([ids.caseAnna, ids.caseLuca]);
    expect(items[1]).toMatchObject({
      minor: { id: ids.luca, givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', age: 11 },
      municipality: { istatCode: '015146', name: 'Milano' },
      status: 'open',
      intakeKind: 'semi-spontaneous',
      referrerKind: 'school',
      caseManager: 'alice',
      team: ['alice'],
      riskLevel: 'high',
      hasOpenProtectionMeasure: true,
      openedAt: '2026-03-01T09:00:00.000Z',
      revision: 4,
    });
    expect(items[0]).toMatchObject({ status: 'closed', closureReason: 'goals-met', hasOpenProtectionMeasure: false });
  });

  it('filters by status, intake, team, manager, risk, protection, age, opened dates and name', async () => {
    const only = async (query: Record<string, unknown>) => (await list(query)).items.map((i) => i.caseId);
    expect(await only({ status: 'open' })).toEqual([ids.caseLuca]);
    expect(await only({ intakeKind: 'spontaneous' })).toEqual([ids.caseAnna]);
    expect(await only({ teamMember: 'alice', caseManager: 'alice', riskLevel: 'high' })).toEqual([ids.caseLuca]);
    expect(await only({ hasOpenProtectionMeasure: false })).toEqual([ids.caseAnna]);
    expect(await only({ minAge: 17 })).toEqual([ids.caseAnna]);
    expect(await only({ maxAge: 11 })).toEqual([ids.caseLuca]);
    expect(await only({ openedFrom: '2026-04-01', openedTo: '2026-12-31' })).toEqual([ids.caseAnna]);
    expect(await only({ search: 'luc' })).toEqual([ids.caseLuca]);
    expect(await only({ search: '100%_' })).toEqual([]);
    expect(await only({ municipality: '001272' })).toEqual([]);
  });

  it('sorts by the next unmet deadline, cases without one last, and pages that order too', async () => {
    const byDeadline = await list({ sort: 'nextDeadline' });
    expect(byDeadline.items.map((i) => [i.caseId, i.nextDeadlineAt])).toEqual([
      [ids.caseLuca, '2026-04-02T10:00:00.000Z'], // art. 403: notice to the PM within 24 h of the placement, still unmet
      [ids.caseAnna, null],
    ]);
    const first = await list({ sort: 'nextDeadline', limit: 1 });
    const second = await list({ sort: 'nextDeadline', limit: 1, cursor: first.next });
    expect(second.items.map((i) => i.caseId)).toEqual([ids.caseAnna]);
    expect(second.next).toBeNull();
    // A cursor whose key is null (a case without a deadline) is one this endpoint gives out: after it come none with one.
    const afterNull = await list({ sort: 'nextDeadline', cursor: encodeKeyset([null, '00000000-0000-4000-8000-000000000000']) });
    expect(afterNull.items.map((i) => [i.caseId, i.nextDeadlineAt])).toEqual([[ids.caseAnna, null]]);
  });

  it('pages with a cursor', async () => {
    const first = await list({ limit: 1 });
    expect(first.items).toHaveLength(1);
    const second = await list({ limit: 1, cursor: first.next });
    expect(second.items.map((i) => i.caseId)).toEqual([ids.caseLuca]);
    expect(second.next).toBeNull();
  });

  it('shows team members their own cases only; coordinators all', async () => {
    expect((await list({}, { id: 'alice', role: 'social-worker' })).items.map((i) => i.caseId)).toEqual([ids.caseLuca]);
    expect((await list({}, { id: 'bob', role: 'psychologist' })).items.map((i) => i.caseId)).toEqual([ids.caseAnna]);
    expect((await list({}, { id: 'zoe', role: 'educator' })).items).toEqual([]);
  });

  it('a rebuild from zero equals the live model', async () => {
    const snapshot = async () => (await database.pool.query('SELECT * FROM case_list ORDER BY case_id')).rows;
    const before = await snapshot();
    await runner.stop();
    const requestId = await requestRebuild(database.pool, 'case_list');
    await rebuildProjection({ pool: database.pool, store, projection: caseListProjection, requestId, batchSize: 2 });
    expect(await snapshot()).toEqual(before);
    runner.start();
  });
});
