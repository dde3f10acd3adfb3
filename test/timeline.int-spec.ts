import { randomUUID } from 'node:crypto';
import { CaseEvent } from '../src/cases/case.events';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { ProjectionRunner, sharedPool } from '../src/projections/projection-runner';
import { FREE_TEXT, caseEventSamples } from '../src/projections/timeline/testing/case-event-samples';
import { timelineProjection } from '../src/projections/timeline/timeline.projection';
import { revisionCursor } from '../src/common/pagination';
import { ReadTimeline, ReadTimelineHandler } from '../src/projections/timeline/timeline.query';
import { Given, caughtUp, givenRemembering, rebuild, snapshotAll } from './support/read-models';
import { TestDatabase, createTestDatabase } from './support/test-database';

const alice = { id: 'alice', role: 'social-worker' };
const carla = { id: 'carla', role: 'coordinator' };

describe('case timeline read model', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let runner: ProjectionRunner;
  let given: Given;
  let timeline: ReadTimelineHandler;
  const story = randomUUID();
  const everything = randomUUID();
  const stream = (caseId: string) => `case-${caseId}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = new PostgresEventStore(database.pool, { pollIntervalMs: 20 });
    given = givenRemembering(new EventLog(store));
    runner = new ProjectionRunner([timelineProjection], sharedPool(database.pool), store, database.connectionString, { pollMs: 100 });
    runner.start();
    timeline = new ReadTimelineHandler(database.pool);
    const s = caseEventSamples(story);
    await given(stream(story), [s.CaseOpened], { occurredAt: '2026-03-01T09:00:00.000Z', actor: carla });
    await given(stream(story), [s.TeamMemberAssigned, s.AssessmentStarted], { occurredAt: '2026-03-02T09:00:00.000Z', actor: carla });
    await given(stream(story), [s.ContactRecorded], { occurredAt: '2026-03-10T15:00:00.000Z', actor: alice });
    // Recorded late: it happened before the contact above.
    await given(stream(story), [s.AssessmentEntryRecorded], { occurredAt: '2026-03-05T11:00:00.000Z', actor: alice });
    await given(stream(story), [s.CaseClosed], { occurredAt: '2026-06-30T10:00:00.000Z', actor: carla });
    await given(stream(everything), Object.values(caseEventSamples(everything)) as CaseEvent[], { actor: alice });
    await caughtUp(runner, given.last());
  });
  afterAll(async () => {
    await runner.stop();
    await database.close();
  });

  it('Given a case’s events, Then one line per event with both labels, the actor, both times and the entry kinds', async () => {
    const { items, total, next } = await timeline.execute(new ReadTimeline(story, { order: 'recorded' }));
    expect({ total, next }).toEqual({ total: 6, next: null });
    expect(items.map((line) => [line.revision, line.type])).toEqual([
      [0, 'CaseOpened'],
      [1, 'TeamMemberAssigned'],
      [2, 'AssessmentStarted'],
      [3, 'ContactRecorded'],
      [4, 'AssessmentEntryRecorded'],
      [5, 'CaseClosed'],
    ]);
    expect(items[3]).toEqual({
      revision: 3,
      eventId: expect.any(String),
      type: 'ContactRecorded',
      label: {
        it: 'Visita domiciliare registrata (3 voci: 1 fatto, 1 dichiarazione, 1 valutazione)',
        en: 'Home visit recorded (3 entries: 1 fact, 1 statement, 1 evaluation)',
      },
      actor: alice,
      occurredAt: '2026-03-10T15:00:00.000Z',
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      entryKinds: [
        { kind: 'fact' },
        { kind: 'statement', statedBy: 'mother' },
        { kind: 'evaluation', method: 'semi-structured interview' },
      ],
    });
    expect(items[4].label.en).toBe('Social assessment: entry recorded (statement)');
    expect(items[0]).not.toHaveProperty('entryKinds');
    expect(items[0].actor).toEqual(carla);
  });

  it('orders by occurredAt by default, so a late recording takes its place in what happened', async () => {
    const { order, items } = await timeline.execute(new ReadTimeline(story));
    expect(order).toBe('occurred');
    expect(items.map((line) => line.revision)).toEqual([0, 1, 2, 4, 3, 5]);
  });

  it('pages by revision in either order, every line once', async () => {
    for (const order of ['occurred', 'recorded'] as const) {
      const seen: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await timeline.execute(new ReadTimeline(story, { order, cursor, limit: 4 }));
        seen.push(...page.items.map((line) => line.revision));
        cursor = page.next ?? undefined;
      } while (cursor !== undefined);
      expect({ order, seen }).toEqual({ order, seen: order === 'occurred' ? [0, 1, 2, 4, 3, 5] : [0, 1, 2, 3, 4, 5] });
    }
    expect((await timeline.execute(new ReadTimeline(story, { order: 'recorded', cursor: revisionCursor(9)! }))).items).toEqual([]);
  });

  it('Given one event of every type, Then a line for each, and no line shows free text', async () => {
    const { items, total } = await timeline.execute(new ReadTimeline(everything, { limit: 200, order: 'recorded' }));
    expect(total).toBe(Object.keys(caseEventSamples()).length);
    expect(items.map((line) => line.type)).toEqual(Object.keys(caseEventSamples()));
    for (const line of items) expect(`${line.label.it} ${line.label.en}`).not.toContain(FREE_TEXT);
    const released = items.find((line) => line.type === 'TeamMemberReleased')!;
    expect(released.label.it).toBe("Uscita dall'équipe: Alice Rossi");
  });

  it('answers 404 CASE_NOT_FOUND for a case without events', async () => {
    await expect(timeline.execute(new ReadTimeline(randomUUID()))).rejects.toMatchObject({ status: 404, code: 'CASE_NOT_FOUND' });
  });

  it('rebuilt from zero, equals the live model', async () => {
    await runner.stop();
    const live = await snapshotAll(database.pool, timelineProjection);
    expect(live.case_timeline.length).toBeGreaterThan(30);
    await rebuild(database.pool, store, timelineProjection);
    expect(await snapshotAll(database.pool, timelineProjection)).toEqual(live);
  });
});
