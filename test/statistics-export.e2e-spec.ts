import { keyIdOf, pseudonymOf } from '../src/feed/statistics-export/pseudonym';
import { Role } from '../src/auth/roles';
import { dateDaysAgo, expectRefused, today } from './support/case-requests';
import { BIRTH_DATES, CORRECTED_BIRTH_DATE, seedStatisticsStory } from './support/statistics-export-story';
import { TestApp, createTestApp } from './support/test-app';

const KEY = 'statistics-export-e2e-key-number-one-0123456789';
const OTHER_KEY = 'statistics-export-e2e-key-number-two-9876543210';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('GET /exports/statistics (e2e)', () => {
  let t: TestApp;
  let story: Awaited<ReturnType<typeof seedStatisticsStory>>;
  const period = { from: dateDaysAgo(30), to: today() };
  beforeAll(async () => {
    t = await createTestApp({ env: { STATISTICS_PSEUDONYM_KEY: KEY } });
    story = await seedStatisticsStory(t);
  });
  afterAll(async () => t.close());

  const exportOf = async (app: TestApp, query: Record<string, string>, role: Role = 'integrator', scope: string | null = 'statistics') =>
    app
      .http()
      .get('/exports/statistics')
      .query({ consistentWith: story.position, ...query })
      .set('Authorization', `Bearer ${await app.token(role, `${role}-sinba`, scope ?? undefined)}`);

  const expectedRows = (key: string) => {
    const { minors, opened, when, days, day } = story;
    const none = { referrerKind: null, authorityKind: null };
    const rows = [
      {
        pseudonym: pseudonymOf(bytes(key), minors.zanardelli),
        birthMonth: BIRTH_DATES.zanardelli.slice(0, 7),
        municipalityIstat: '016024',
        intakes: [{ kind: 'spontaneous', ...none, openedOn: day(opened.zanardelli) }],
        assessments: [{ riskLevel: 'high', completedMonth: day(when.assessed).slice(0, 7) }],
        interventions: [{ kind: 'home-educational-support', startedOn: days.interventionStarted, endedOn: days.interventionEnded }],
        protectionMeasures: [],
        emergencyPlacements: [],
        closures: [{ reason: 'goals-met', month: day(when.closed).slice(0, 7) }],
      },
      {
        pseudonym: pseudonymOf(bytes(key), minors.quaglieri),
        birthMonth: CORRECTED_BIRTH_DATE.slice(0, 7),
        municipalityIstat: '015146',
        intakes: [{ kind: 'semi-spontaneous', ...none, referrerKind: 'school', openedOn: day(opened.quaglieri) }],
        assessments: [],
        interventions: [],
        protectionMeasures: [{ kind: 'foster-care', orderedOn: days.measureOrdered, endedOn: null }],
        emergencyPlacements: [],
        closures: [],
      },
      {
        pseudonym: pseudonymOf(bytes(key), minors.bortolazzi),
        birthMonth: BIRTH_DATES.bortolazzi.slice(0, 7),
        municipalityIstat: '108033',
        intakes: [{ kind: 'judicial', ...none, authorityKind: 'tribunale-per-i-minorenni', openedOn: day(opened.bortolazzi) }],
        assessments: [],
        interventions: [],
        protectionMeasures: [],
        emergencyPlacements: [{ placeKind: 'relatives', placedOn: day(when.placed), endedOn: null }],
        closures: [],
      },
    ];
    return rows.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  };

  const expectNothingIdentifying = (text: string) => {
    for (const secret of [...story.secrets, ...story.ids, ...Object.values(story.minors)])
      expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
    expect(text).not.toMatch(UUID);
  };

  it('answers JSON: one pseudonymised row per minor with a case active in the period, and nothing that identifies anyone', async () => {
    const answer = await exportOf(t, period);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-consistency']).toBe('consistent');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.body).toEqual({
      period,
      generatedAt: expect.any(String),
      pseudonymisation: { method: 'HMAC-SHA256', keyId: keyIdOf(bytes(KEY)) },
      minors: expectedRows(KEY),
    });
    expect(answer.body.minors.map((row: { pseudonym: string }) => row.pseudonym)).not.toContain(
      pseudonymOf(bytes(KEY), story.minors.cavalcanti),
    );
    expectNothingIdentifying(JSON.stringify(answer.body));
    // The same minor keeps the same pseudonym from one export to the next.
    expect((await exportOf(t, period)).body.minors).toEqual(answer.body.minors);
  });

  it('answers CSV: UTF-8 with a BOM, one row per minor, lists as kind@date, and nothing that identifies anyone', async () => {
    const answer = await exportOf(t, { ...period, format: 'csv' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    const text = answer.text;
    expect(text.startsWith('\uFEFFpseudonym,birth_month,municipality_istat,intake_kinds,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(5);
    const zanardelli = lines.find((line) => line.startsWith(pseudonymOf(bytes(KEY), story.minors.zanardelli)));
    expect(zanardelli).toBe(
      [
        pseudonymOf(bytes(KEY), story.minors.zanardelli),
        BIRTH_DATES.zanardelli.slice(0, 7),
        '016024',
        `spontaneous@${story.day(story.opened.zanardelli)}`,
        '',
        '',
        `high@${story.day(story.when.assessed).slice(0, 7)}`,
        `home-educational-support@${story.days.interventionStarted}/${story.days.interventionEnded}`,
        '',
        '',
        `goals-met@${story.day(story.when.closed).slice(0, 7)}`,
      ].join(','),
    );
    expectNothingIdentifying(text);
  });

  it('gives other, unlinkable pseudonyms under another key', async () => {
    const other = await createTestApp({ database: t.database, env: { STATISTICS_PSEUDONYM_KEY: OTHER_KEY } });
    try {
      const answer = await exportOf(other, period);
      expect(answer.status).toBe(200);
      expect(answer.body.pseudonymisation.keyId).not.toBe(keyIdOf(bytes(KEY)));
      expect(answer.body.minors).toEqual(expectedRows(OTHER_KEY));
      const first = new Set(expectedRows(KEY).map((row) => row.pseudonym));
      expect(answer.body.minors.filter((row: { pseudonym: string }) => first.has(row.pseudonym))).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses bad input with problem+json', async () => {
    await expectRefused(t, () => exportOf(t, { from: today(), to: dateDaysAgo(1) }), 400, 'INVALID_RANGE');
    await expectRefused(t, () => exportOf(t, { from: `${today()}T12:00:00Z`, to: `${today()}T11:59:59Z` }), 400, 'INVALID_RANGE');
    for (const query of [
      { ...period, format: 'xml' },
      { ...period, minorId: story.minors.zanardelli },
      { from: period.from },
      { ...period, to: '2026-02-30' },
      { ...period, from: '01/02/2026' },
    ]) {
      await expectRefused(t, () => exportOf(t, query), 400, 'VALIDATION_FAILED');
    }
  });

  it('is for integrators with the statistics scope and for the coordinator', async () => {
    await expectRefused(t, () => exportOf(t, period, 'integrator', null), 403, 'MISSING_SCOPE');
    await expectRefused(t, () => exportOf(t, period, 'integrator', 'feed webhooks'), 403, 'MISSING_SCOPE');
    expect((await exportOf(t, period, 'integrator', 'feed statistics')).status).toBe(200);
    expect((await exportOf(t, period, 'coordinator', null)).body.minors).toEqual(expectedRows(KEY));
    for (const role of ['social-worker', 'court-liaison', 'admin'] as const)
      await expectRefused(t, () => exportOf(t, period, role), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => t.http().get('/exports/statistics').query(period), 401, 'UNAUTHENTICATED');
  });
});
