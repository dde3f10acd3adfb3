import { Pool } from 'pg';
import { CaseEvent } from '../src/cases/case.events';
import { RecordedEvent } from '../src/event-store/event-store';
import { InitiativeEvent } from '../src/community/initiatives/initiative.events';
import { PartnerEvent } from '../src/community/partners/partner.events';
import { ReportEvent } from '../src/community/reports/report.events';
import { FamilyEvent } from '../src/families/family.events';
import { ALL_PROJECTIONS } from '../src/projections/all-projections';
import { applyBatch } from '../src/projections/apply-batch';
import { isDefined } from '../src/projections/define/define-projection';
import { ProjectionMemory } from '../src/projections/define/row-batch';
import { Projection, TableNames } from '../src/projections/projection';
import { caseEventSamples } from '../src/projections/timeline/testing/case-event-samples';
import { TestDatabase, createTestDatabase } from './support/test-database';

const familyId = '1d000000-0000-4000-8000-000000000090';
const minorId = '1d000000-0000-4000-8000-000000000091';
const caseA = '0c1d7a0e-0000-4000-8000-00000000000a';
const caseB = '0c1d7a0e-0000-4000-8000-00000000000b';

const family: FamilyEvent[] = [
  { type: 'FamilyRegistered', data: { familyId, municipality: { istatCode: '015146', name: 'Milano' }, address: 'via Roma 1' } },
  {
    type: 'FamilyMemberAdded',
    data: { familyId, memberId: minorId, role: 'minor', givenName: 'Luca', familyName: 'Bianchi', birthDate: '2014-03-15', sex: 'M' },
  },
  {
    type: 'FamilyMemberDetailsCorrected',
    data: { familyId, memberId: minorId, corrections: { givenName: 'Luka', birthDate: '2014-04-15' }, reason: 'typo' },
  },
];

const partnerId = '1d000000-0000-4000-8000-0000000000a1';
const initiativeId = '1d000000-0000-4000-8000-0000000000a2';
const reportId = (n: number) => `1d000000-0000-4000-8000-0000000000b${n}`;
const contact = { name: 'Maria Verdi', role: 'dirigente' };
const participants = { parents: 12, minors: 30, teachers: 4, operators: 2, citizens: 0 };

/** The community's events: a partner that leaves and comes back, an initiative held, reports screened into case A or not. */
const community: Array<PartnerEvent | InitiativeEvent | ReportEvent> = [
  { type: 'PartnerRegistered', data: { partnerId, kind: 'school', name: "Scuola D'Annunzio", municipality: '015146', contact } },
  {
    type: 'InitiativePlanned',
    data: {
      initiativeId,
      title: 'Genitori in rete',
      kind: 'parent-group',
      municipalities: ['015146'],
      partnerIds: [partnerId],
      scheduledAt: '2026-11-20T17:30:00+01:00',
      place: 'Biblioteca',
    },
  },
  {
    type: 'ReportReceived',
    data: {
      reportId: reportId(1),
      source: { kind: 'partner', partnerId },
      reporter: { name: 'Maria Verdi' },
      minor: { ageBand: '6-10' },
      concern: 'assenze ripetute',
      seriousHarm: false,
      screeningDueAt: '2026-11-06T16:59:59.999Z',
    },
  },
  { type: 'PartnerDeactivated', data: { partnerId, reason: 'convenzione scaduta' } },
  { type: 'PartnerContactUpdated', data: { partnerId, contact: { ...contact, phone: '02 1234' } } },
  {
    type: 'ReportReceived',
    data: {
      reportId: reportId(2),
      source: { kind: 'citizen' },
      reporter: { name: 'anonimo' },
      minor: {},
      concern: 'urla notturne',
      seriousHarm: true,
      screeningDueAt: '2026-11-02T08:00:00Z',
    },
  },
  { type: 'ReportScreened', data: { reportId: reportId(1), outcome: 'case-opened', caseId: caseA } },
  { type: 'InitiativeHeld', data: { initiativeId, participants } },
  { type: 'PartnerReactivated', data: { partnerId, reason: 'convenzione rinnovata' } },
  { type: 'ReportScreened', data: { reportId: reportId(2), outcome: 'advice', advice: 'consultorio' } },
];

const samples = (caseId: string): CaseEvent[] =>
  Object.values(caseEventSamples(caseId)).map((event) => {
    if (event.type !== 'CaseOpened') return event;
    return { ...event, data: { ...event.data, familyId, minorId } } as CaseEvent;
  });

/**
 * Every case event type on two cases, the family's events between them (case B opens before its family is known,
 * then the minor's names are corrected), a read logged, and the community's partners, initiatives and reports
 * between the cases' events: what a busy batch mixes.
 */
const mixedEvents = (): RecordedEvent[] => {
  const streams = new Map<string, bigint>();
  const drafts: Array<{ stream: string; type: string; data: unknown }> = [
    ...samples(caseB)
      .slice(0, 3)
      .map((e) => ({ stream: `case-${caseB}`, ...e })),
    ...family.slice(0, 2).map((e) => ({ stream: `family-${familyId}`, ...e })),
    ...community.slice(0, 3).map((e) => ({ stream: 'community-test', ...e })),
    ...samples(caseA).map((e) => ({ stream: `case-${caseA}`, ...e })),
    ...community.slice(3).map((e) => ({ stream: 'community-test', ...e })),
    { stream: 'access-log-2026-11-28-test', type: 'CaseAccessed', data: { caseId: caseA, what: 'GET /cases/:caseId', requestId: 'r1' } },
    { stream: `family-${familyId}`, ...family[2] },
    ...samples(caseB)
      .slice(3)
      .map((e) => ({ stream: `case-${caseB}`, ...e })),
  ];
  return drafts.map((draft, index) => {
    const revision = streams.get(draft.stream) ?? 0n;
    streams.set(draft.stream, revision + 1n);
    const at = new Date(Date.UTC(2026, 10, 1, 8, index)).toISOString();
    return {
      id: `e0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      stream: draft.stream,
      revision,
      position: String(index + 1),
      type: draft.type,
      data: draft.data,
      metadata: { actor: { id: 'carla', role: 'coordinator' }, occurredAt: at, recordedAt: at, hash: `hash-${index}` },
    };
  });
};

const tablesNamed = (projection: Projection, suffix: string): TableNames =>
  Object.fromEntries(projection.tables.map((table) => [table.name, `${table.name}__${suffix}`]));

const createTables = async (pool: Pool, names: TableNames, projection: Projection) => {
  for (const table of projection.tables) await pool.query(table.ddl(names[table.name]));
};

const contents = async (pool: Pool, names: TableNames) => {
  const tables: Record<string, string[]> = {};
  for (const [table, name] of Object.entries(names)) {
    const { rows } = await pool.query(`SELECT t::text AS row FROM ${name} t ORDER BY 1`);
    tables[table] = rows.map((r) => r.row);
  }
  return tables;
};

/** Issue 11: a batch that mixes every event type gives the same tables as the events applied one by one. */
describe('projection batches (integration)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => db.close());

  it.each(ALL_PROJECTIONS.map((projection) => [projection.name, projection] as const))(
    '%s: one mixed batch equals one event at a time, with or without rows known between batches',
    async (_name, projection) => {
      const events = mixedEvents();
      const whole = tablesNamed(projection, 'whole');
      const single = tablesNamed(projection, 'single');
      const cold = tablesNamed(projection, 'cold');
      for (const names of [whole, single, cold]) await createTables(db.pool, names, projection);

      await applyBatch(db.pool, projection, events, whole);
      const memory = isDefined(projection) ? new ProjectionMemory(projection, 1_000_000) : undefined;
      for (const event of events) await applyBatch(db.pool, projection, [event], single, { memory });
      // A fresh memory per event: every row a handler reads comes back from Postgres.
      for (const event of events) await applyBatch(db.pool, projection, [event], cold);

      const expected = await contents(db.pool, single);
      expect(await contents(db.pool, whole)).toEqual(expected);
      expect(await contents(db.pool, cold)).toEqual(expected);
      if (projection.handles.some((type) => events.some((event) => event.type === type))) {
        expect(Object.values(expected).some((rows) => rows.length > 0)).toBe(true);
      }
    },
  );
});
