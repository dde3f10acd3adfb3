import { EVENT_STORE, EventStore } from '../src/event-store/event-store';
import { IntegrationEvent } from '../src/feed/integration-events/integration-event';
import { INTEGRATION_EVENT_TYPES, toIntegrationEvent } from '../src/feed/integration-events/publish';
import { caseClient, dateDaysAgo, expectRefused, instantDaysAgo, today } from './support/case-requests';
import { FeedStory, seedFeedStory, untilReadable } from './support/feed-story';
import { statisticsFromFeed } from './support/statistics-from-feed';
import { TestApp, createTestApp } from './support/test-app';

type Page = { items: IntegrationEvent[]; next: string | null };

describe('GET /feed (e2e)', () => {
  let t: TestApp;
  let story: FeedStory;
  let store: EventStore;
  beforeAll(async () => {
    t = await createTestApp();
    store = t.app.get(EVENT_STORE);
    story = await seedFeedStory(t);
  });
  afterAll(async () => t.close());

  const feed = async (query = '', scope = 'feed') =>
    t
      .http()
      .get(`/feed${query}`)
      .set('Authorization', `Bearer ${await t.token('integrator', 'erp-1', scope)}`);
  const page = async (query = ''): Promise<Page> => {
    const answer = await feed(query);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const readWhole = async (query = '', limit = 7): Promise<{ items: IntegrationEvent[]; pages: number }> => {
    const items: IntegrationEvent[] = [];
    let pages = 0;
    for (let after: string | null = null; pages < 500; pages++) {
      const next: Page = await page(`?limit=${limit}${query}${after ? `&cursor=${encodeURIComponent(after)}` : ''}`);
      items.push(...next.items);
      if (next.next === null) break;
      after = next.next;
    }
    return { items, pages };
  };
  const published = async (): Promise<IntegrationEvent[]> => {
    const events: IntegrationEvent[] = [];
    for await (const event of store.readAll()) events.push(...[toIntegrationEvent(event)].filter((e) => e !== undefined));
    return events;
  };

  it('pages through every case and family event once, in the store’s order, from the first event ever recorded', async () => {
    const { items, pages } = await readWhole();
    expect(pages).toBeGreaterThan(3);
    expect(items.map((e) => e.id)).toEqual((await published()).map((e) => e.id));
    const { rows } = await t.database.pool.query(
      `SELECT count(*)::int AS n FROM events WHERE stream_id ~ '^(case|family|partner|initiative|report)-'`,
    );
    expect(items).toHaveLength(rows[0].n);
    expect(new Set(items.map((e) => e.id)).size).toBe(items.length);
    expect((await page('?limit=1000')).items).toEqual(items);
    expect(items[0]).toEqual({
      id: expect.any(String),
      type: 'family.registered.v1',
      position: expect.any(String),
      stream: expect.stringMatching(/^family-/),
      revision: 0,
      familyId: expect.any(String),
      occurredAt: expect.any(String),
      recordedAt: expect.any(String),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      personal: true,
      data: { familyId: expect.any(String), municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' },
    });
  });

  it('continues right after any item’s position, and answers next null once nothing follows', async () => {
    const all = (await page('?limit=1000')).items;
    const rest = await page(`?limit=1000&cursor=${encodeURIComponent(all[9].position)}`);
    expect(rest.items).toEqual(all.slice(10));
    expect(rest.next).toBe(await store.headPosition());
    expect(await page(`?cursor=${encodeURIComponent(rest.next!)}`)).toEqual({ items: [], next: null });
    expect((await page('?limit=3')).items).toEqual(all.slice(0, 3));
  });

  it('filters by type, and its next moves past the events it left out so a filtered consumer never reads them again', async () => {
    const all = (await page('?limit=1000')).items;
    const wanted = ['case.closed.v1', 'case.reopened.v1'];
    const filtered = await page(`?types=${wanted.join(',')}&limit=1000`);
    expect(filtered.items.map((e) => e.id)).toEqual(all.filter((e) => wanted.includes(e.type)).map((e) => e.id));
    expect(filtered.items.map((e) => e.type)).toEqual(['case.closed.v1', 'case.reopened.v1', 'case.closed.v1', 'case.closed.v1']);
    expect(filtered.next).toBe(await store.headPosition());
    const first = await page('?types=case.closed.v1&limit=1');
    expect(first).toEqual({ items: [filtered.items[0]], next: filtered.items[0].position });
    expect((await readWhole('&types=case.opened.v1', 1)).items.map((e) => e.caseId)).toEqual(story.caseIds);
  });

  it('serves personal events flagged, and keeps free text out of the others', async () => {
    const all = (await page('?limit=1000')).items;
    const contact = all.find((e) => e.type === 'contact.recorded.v1');
    expect(contact).toMatchObject({ personal: true, data: { entries: [{ kind: 'fact', text: 'The flat is cold.' }] } });
    const open = all.filter((e) => !e.personal);
    expect(open.map((e) => e.type)).toEqual(expect.arrayContaining(['case.opened.v1', 'assessment.completed.v1', 'case.closed.v1']));
    expect(all.find((e) => e.type === 'assessment.completed.v1')!.data).toMatchObject({ riskLevel: 'high', riskFactorCount: 1 });
    expect(JSON.stringify(open)).not.toMatch(/school refusal|absences|Manzoni|Bianchi|hospital|Violence|isolation|grandmother/i);
  });

  it('carries each event’s chain hash, the same as GET /cases/{caseId}/events', async () => {
    const all = (await page('?limit=1000')).items;
    const court = `Bearer ${await t.token('court-liaison')}`;
    for (const caseId of story.caseIds) {
      const events = (await t.http().get(`/cases/${caseId}/events?limit=200`).set('Authorization', court).expect(200)).body.items;
      const fromFeed = all.filter((e) => e.caseId === caseId && e.stream === `case-${caseId}`);
      const chain = (list: Array<{ id: string; revision: number; hash: string }>) => list.map((e) => [e.id, e.revision, e.hash]);
      expect(chain(fromFeed)).toEqual(chain(events));
    }
  });

  it('lets a consumer that reads the whole feed rebuild the same counts as GET /statistics', async () => {
    const { items } = await readWhole('', 50);
    const coordinator = `Bearer ${await t.token('coordinator')}`;
    const periods = [
      { from: dateDaysAgo(30), to: today() },
      { from: dateDaysAgo(12), to: dateDaysAgo(4) },
      { from: dateDaysAgo(30), to: today(), municipality: '015146' },
    ];
    for (const period of periods) {
      const query = `from=${period.from}&to=${period.to}${period.municipality ? `&municipality=${period.municipality}` : ''}`;
      const consistent = `consistentWith=${encodeURIComponent(story.position)}`;
      const answer = await t.http().get(`/statistics?${query}&${consistent}`).set('Authorization', coordinator).expect(200);
      expect(answer.headers['x-consistency']).toBe('consistent');
      expect(statisticsFromFeed(items, period)).toEqual(answer.body);
    }
    expect(statisticsFromFeed(items, periods[0])).toMatchObject({
      opened: { total: 4 },
      reopened: 1,
      openAtEnd: 2,
      measuresOrdered: { total: 1 },
      emergencyPlacements: 1,
      closures: { total: 3 },
      needs: { identified: { total: 2 }, met: { total: 1 }, unmetAtEnd: { total: 1 } },
    });
  });

  it('refuses a bad cursor, an unknown type and bad query fields with problem+json', async () => {
    for (const after of ['not-a-position', '12', 'a-b', '1-2-3', 'x'.repeat(100)]) {
      await expectRefused(t, () => feed(`?cursor=${after}`), 400, 'INVALID_CURSOR');
    }
    for (const types of ['case.opened.v2', 'CaseOpened', 'case.opened.v1,,case.closed.v1', '']) {
      const problem = await expectRefused(t, () => feed(`?types=${types}`), 400, 'UNKNOWN_EVENT_TYPE');
      expect(problem.validTypes).toEqual(INTEGRATION_EVENT_TYPES);
    }
    const invalid = [
      '?limit=0',
      '?limit=1001',
      '?limit=ten',
      '?limit=1.5',
      '?color=red',
      '?cursor=1-1&cursor=1-2',
      `?cursor=${'1'.repeat(101)}`,
    ];
    for (const query of invalid) {
      await expectRefused(t, () => feed(query), 400, 'VALIDATION_FAILED');
    }
  });

  it('publishes the community network: partners, initiatives and reports, never the reporter nor the minor', async () => {
    const worker = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const coordinator = caseClient(t, `Bearer ${await t.token('coordinator', 'carla')}`);
    const before = (await page('?limit=1000')).items;
    const contact = { name: 'prof.ssa Anna Bianchi', role: 'referente benessere' };
    const partner = await worker.post('/partners', { kind: 'school', name: 'IC Manzoni', municipality: '015146', contact }).expect(201);
    const initiative = await worker
      .post('/initiatives', {
        title: 'Stare bene a scuola',
        kind: 'awareness',
        municipalities: ['015146'],
        partnerIds: [partner.body.id],
        scheduledAt: instantDaysAgo(2),
        place: 'Aula magna',
      })
      .expect(201);
    const participants = { parents: 30, minors: 0, teachers: 8, operators: 2, citizens: 4 };
    await worker.post(`/initiatives/${initiative.body.id}/holding`, { participants }).expect(200);
    const report = await worker
      .post('/community/reports', {
        source: { kind: 'partner', partnerId: partner.body.id },
        reporter: { name: 'prof. Marco Neri', contact: '+39 02 7654321' },
        minor: { givenName: 'Ginevra', ageBand: '11-13', school: 'IC Manzoni, 2B' },
        concern: 'Marks on her wrists during gym class.',
        seriousHarm: true,
      })
      .expect(201);
    const screened = await coordinator
      .post(`/community/reports/${report.body.id}/screening`, { outcome: 'advice', advice: 'Talk with the school psychologist.' })
      .expect(200);
    await untilReadable(t, screened.body.position);

    const added = (await page(`?limit=1000&cursor=${encodeURIComponent(before[before.length - 1].position)}`)).items;
    expect(added.map((e) => [e.type, e.personal])).toEqual([
      ['partner.registered.v1', true],
      ['initiative.planned.v1', false],
      ['initiative.held.v1', false],
      ['report.received.v1', false],
      ['report.screened.v1', false],
    ]);
    expect(added[0]).toMatchObject({ stream: `partner-${partner.body.id}`, data: { partnerId: partner.body.id, kind: 'school', contact } });
    expect(added[2].data).toEqual({ initiativeId: initiative.body.id, participants });
    expect(added[3]).toMatchObject({
      stream: `report-${report.body.id}`,
      revision: 0,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      data: { reportId: report.body.id, sourceKind: 'partner', partnerId: partner.body.id, seriousHarm: true },
    });
    expect(added[4].data).toEqual({ reportId: report.body.id, outcome: 'advice' });
    const reports = JSON.stringify(added.filter((e) => e.stream.startsWith('report-')));
    expect(reports).not.toMatch(/Neri|7654321|Ginevra|11-13|2B|wrists|psychologist/);
    expect(JSON.stringify(added.filter((e) => !e.personal))).not.toMatch(/Bianchi|Stare bene|Aula magna/);

    const onlyReports = (await page(`?limit=1000&types=report.received.v1,report.screened.v1`)).items;
    expect(onlyReports.map((e) => e.id)).toEqual(added.slice(3).map((e) => e.id));
  });

  it('is for integrators with the feed scope only', async () => {
    for (const role of ['social-worker', 'coordinator', 'court-liaison', 'admin'] as const) {
      const token = await t.token(role);
      await expectRefused(t, () => t.http().get('/feed').set('Authorization', `Bearer ${token}`), 403, 'FORBIDDEN_ROLE');
    }
    for (const scope of ['statistics', 'webhooks', 'statistics webhooks', '']) {
      await expectRefused(t, () => feed('', scope), 403, 'MISSING_SCOPE');
    }
    await expectRefused(t, () => t.http().get('/feed'), 401, 'UNAUTHENTICATED');
    expect((await feed('?limit=1', 'webhooks feed')).status).toBe(200);
  });
});
