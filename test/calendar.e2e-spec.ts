import * as ical from 'node-ical';
import { romeIso } from '../src/projections/deadlines/rome-time';
import { caseClient, registerFacility } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

type Event = ical.VEvent;
const eventsOf = (text: string): Event[] => Object.values(ical.sync.parseICS(text)).filter((c): c is Event => c?.type === 'VEVENT');
const urlOf = (e: Event) => String((e.url as unknown as { val: string }).val);
const feedPath = (url: string) => new URL(url).pathname + new URL(url).search;

/** The private ICS feed: issued by the worker, read with no bearer token, parsed by an independent parser. */
describe('GET /workers/{workerId}/calendar.ics (e2e)', () => {
  let t: TestApp;
  let alice: ReturnType<typeof caseClient>;
  // The evening before the autumn DST change (25 Oct 2026, 03:00 CEST -> 02:00 CET).
  const now = new Date('2026-10-24T21:00:00+02:00');
  const placedAt = new Date('2026-10-24T20:00:00+02:00');
  let caseId: string;
  let otherCaseId: string;

  beforeAll(async () => {
    t = await createTestApp({ clock: () => now });
    alice = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const household = await alice.household();
    const intake = {
      kind: 'judicial',
      authority: 'tribunale-per-i-minorenni',
      proceedingNumber: '123/2026 R.G.',
      decreeDate: '2026-10-01',
      mandates: ['investigation-and-assessment'],
      reportDeadlines: ['2026-10-20', '2026-11-15'],
    };
    const opened = { familyId: household.familyId, minorId: household.minorId, intake, occurredAt: '2026-10-05T10:00:00+02:00' };
    caseId = (await alice.post('/cases', opened).expect(201)).body.id;
    const facility = await registerFacility(t);
    await alice
      .post(`/cases/${caseId}/emergency-placements`, {
        placedAt: placedAt.toISOString(),
        placeKind: 'community',
        reason: 'Violence at home.',
        placedWith: { facilityId: facility.id },
      })
      .expect(201);
    // Someone else's case: never in alice's feed.
    const bob = caseClient(t, `Bearer ${await t.token('social-worker', 'bob')}`);
    const theirs = await bob.household();
    const other = await bob.post('/cases', { ...opened, familyId: theirs.familyId, minorId: theirs.minorId }).expect(201);
    otherCaseId = other.body.id;
    await bob.get(`/deadlines?consistentWith=${encodeURIComponent(other.body.position)}`).expect(200);
  });
  afterAll(async () => t?.close());

  const issue = async () => (await alice.post('/workers/alice/calendar-token').expect(201)).body as { url: string; tokenId: string };

  it("lists the worker's open and overdue deadlines at the right Rome instants, with stable UIDs, links and alarms", async () => {
    const { url } = await issue();
    expect(url).toMatch(/\/workers\/alice\/calendar\.ics\?token=[A-Za-z0-9_-]{43}$/);
    const answer = await t.http().get(feedPath(url)).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/calendar/);
    const events = eventsOf(answer.text);
    const byUid = Object.fromEntries(events.map((e) => [e.uid, e]));
    expect(events.every((e) => urlOf(e).endsWith(`/cases/${caseId}`))).toBe(true);
    expect(answer.text).not.toContain(otherCaseId);

    // 24 elapsed hours across the DST change: 20:00 CEST on the 24th is 19:00 CET on the 25th.
    const transmission = events.find((e) => String(e.uid).startsWith('art403-transmission:'))!;
    expect(transmission.start.toISOString()).toBe('2026-10-25T18:00:00.000Z');
    expect(romeIso(transmission.start)).toBe('2026-10-25T19:00:00+01:00');
    expect(transmission.datetype).toBe('date-time');
    expect(transmission.summary).toBe('Art. 403: trasmissione atti al PM – R.G. 123/2026');

    // Day terms end with a Rome day: all-day events on that date; one is already overdue.
    const reports = events.filter((e) => String(e.uid).startsWith('mandate-report:')).sort((a, b) => +a.start - +b.start);
    expect(reports.map((e) => [e.datetype, (e.start as ical.DateWithTimeZone).dateOnly, dayOf(e.start), e.summary])).toEqual([
      ['date', true, '2026-10-20', "SCADUTA – Relazione all'autorità giudiziaria – R.G. 123/2026"],
      ['date', true, '2026-11-15', "Relazione all'autorità giudiziaria – R.G. 123/2026"],
    ]);
    expect(answer.text).toContain('DTSTART;VALUE=DATE:20261115');

    for (const event of events) {
      expect(event.summary).not.toMatch(/Giulia|Esposito/);
      expect(event.alarms?.length).toBe(1);
      expect(event.alarms![0].action).toBe('DISPLAY');
    }
    expect(answer.text).toContain('TRIGGER:-PT2H');

    // A second fetch gives the same UIDs: clients replace, never duplicate.
    const again = eventsOf((await t.http().get(feedPath(url)).expect(200)).text);
    expect(again.map((e) => e.uid).sort()).toEqual(Object.keys(byUid).sort());
  });

  it('a new token or a revocation makes the old URL answer 404 CALENDAR_FEED_NOT_FOUND, like an unknown worker', async () => {
    const first = await issue();
    const second = await issue();
    const gone = await t.http().get(feedPath(first.url)).expect(404);
    expect(gone.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(gone.body.code).toBe('CALENDAR_FEED_NOT_FOUND');
    await t.http().get(feedPath(second.url)).expect(200);
    await alice.post('/workers/alice/calendar-token').expect(201);
    const nobody = await t.http().get(feedPath(second.url).replace('/workers/alice/', '/workers/nobody/')).expect(404);
    expect(nobody.body).toEqual({ ...gone.body, instance: expect.any(String) });

    const third = await issue();
    await t
      .http()
      .delete('/workers/alice/calendar-token')
      .set('Authorization', `Bearer ${await t.token('social-worker', 'alice')}`)
      .expect(204);
    expect((await t.http().get(feedPath(third.url)).expect(404)).body.code).toBe('CALENDAR_FEED_NOT_FOUND');

    const { rows } = await t.database.pool.query(
      "SELECT type, data FROM events WHERE stream_id = 'calendar-feed-alice' ORDER BY stream_revision",
    );
    expect(rows.slice(-2).map((r) => [r.type, r.data.tokenId === third.tokenId])).toEqual([
      ['CalendarFeedTokenIssued', true],
      ['CalendarFeedTokenRevoked', true],
    ]);
    const kept = await t.database.pool.query('SELECT token_hash FROM calendar_feed_tokens');
    expect(JSON.stringify(kept.rows)).not.toContain(new URL(third.url).searchParams.get('token'));
  });

  it("nobody issues or revokes another worker's token, not even a coordinator (403 NOT_YOUR_CALENDAR)", async () => {
    for (const [role, sub] of [
      ['social-worker', 'bob'],
      ['coordinator', 'carla'],
    ] as const) {
      const auth = `Bearer ${await t.token(role, sub)}`;
      const refused = await t.http().post('/workers/alice/calendar-token').set('Authorization', auth).expect(403);
      expect(refused.body.code).toBe('NOT_YOUR_CALENDAR');
      expect((await t.http().delete('/workers/alice/calendar-token').set('Authorization', auth).expect(403)).body.code).toBe(
        'NOT_YOUR_CALENDAR',
      );
    }
    await t.http().post('/workers/alice/calendar-token').expect(401);
  });

  it('refuses bad input with 400 problem+json', async () => {
    expect((await t.http().get('/workers/alice/calendar.ics').expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await t.http().get('/workers/alice/calendar.ics?token=short').expect(400)).body.code).toBe('VALIDATION_FAILED');
    const extra = `/workers/alice/calendar.ics?token=${'a'.repeat(43)}&x=1`;
    expect((await t.http().get(extra).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(
      (
        await t
          .http()
          .get(`/workers/a%20b/calendar.ics?token=${'a'.repeat(43)}`)
          .expect(400)
      ).body.code,
    ).toBe('INVALID_WORKER_ID');
    expect((await alice.post('/workers/a%20b/calendar-token').expect(400)).body.code).toBe('INVALID_WORKER_ID');
  });
});

const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
