import { caseClient, expectRefused } from './support/case-requests';
import { TestApp, countEvents, createTestApp } from './support/test-app';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };
const nestedBody = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Input that used to fail inside a library or inside Postgres (a 500) is the client's 400; a real failure says nothing. */
describe('bad input is refused before it can fail deep inside (e2e)', () => {
  const lines: string[] = [];
  let t: TestApp;
  let auth: string;
  let api: ReturnType<typeof caseClient>;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp({ logDestination: { write: (line: string) => void lines.push(line) }, projections: false });
    auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    api = caseClient(t, auth);
    caseId = await api.open(await api.household());
  });
  afterAll(async () => t.close());

  const postRaw = (path: string, raw: string) =>
    t.http().post(path).set('Authorization', auth).set('Content-Type', 'application/json').send(raw);

  it('refuses a body nested thousands of levels deep with 400 BODY_TOO_DEEP, on every POST', async () => {
    for (const path of ['/families', '/cases', `/cases/${caseId}/contacts`, `/cases/${caseId}/court-reports`]) {
      await expectRefused(t, () => postRaw(path, nestedBody(5_000)), 400, 'BODY_TOO_DEEP');
      await expectRefused(t, () => postRaw(path, `${'['.repeat(10_000)}${']'.repeat(10_000)}`), 400, 'BODY_TOO_DEEP');
    }
    // 32 levels are still read, and then refused for their shape as usual.
    await expectRefused(t, () => postRaw('/families', nestedBody(31)), 400, 'VALIDATION_FAILED');
  });

  it('refuses NUL and lone surrogates in any string, key or query with 400 INVALID_CHARACTERS', async () => {
    const contact = (text: string) => ({ kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text }] });
    await expectRefused(t, () => api.post(`/cases/${caseId}/contacts`, contact('prima\u0000dopo')), 400, 'INVALID_CHARACTERS');
    await expectRefused(
      t,
      () => postRaw(`/cases/${caseId}/contacts`, JSON.stringify(contact('x')).replace('"x"', '"\\ud800"')),
      400,
      'INVALID_CHARACTERS',
    );
    await expectRefused(t, () => postRaw('/families', '{"address\\u0000":"x"}'), 400, 'INVALID_CHARACTERS');
    await expectRefused(t, () => api.post('/families', { ...family, address: 'Via \u0000 Roma' }), 400, 'INVALID_CHARACTERS');
    const search = await t.http().get('/cases?search=Ros%00si').set('Authorization', auth).expect(400);
    expect(search.body.code).toBe('INVALID_CHARACTERS');
    // Emoji are pairs of surrogates, and are kept.
    await api.post(`/cases/${caseId}/contacts`, contact('Sorride 😊')).expect(201);
  });

  it('refuses __proto__, constructor and prototype keys, which slip past the DTO whitelist, with 400 RESERVED_KEY', async () => {
    await expectRefused(
      t,
      () => postRaw('/families', `{"__proto__":{"isAdmin":true},${JSON.stringify(family).slice(1)}`),
      400,
      'RESERVED_KEY',
    );
    const contact = { kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text: 'x', constructor: { prototype: {} } }] };
    await expectRefused(t, () => api.post(`/cases/${caseId}/contacts`, contact), 400, 'RESERVED_KEY');
  });

  it('reads numbers in a query only in decimal digits: not empty, hexadecimal or exponent', async () => {
    for (const query of ['limit=0x1A', 'limit=1e1', 'minAge=', 'maxAge=+5', 'limit=%2010']) {
      const answer = await t.http().get(`/cases?${query}`).set('Authorization', auth).expect(400);
      expect(answer.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ messages: [expect.stringMatching(/written in decimal digits/)] }],
      });
    }
    await t.http().get('/cases?limit=20&minAge=0&maxAge=17').set('Authorization', auth).expect(200);
  });

  it('answers a URL over 16 KB with a 431 problem, not Node’s bare status line', async () => {
    const answer = await t
      .http()
      .get(`/cases?search=${'a'.repeat(20_000)}`)
      .set('Authorization', auth);
    expect(answer.status).toBe(431);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(answer.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
  });

  it('answers a database failure with a generic 500: no SQL, no message, no stack, in the body or the log', async () => {
    await t.database.pool.query('ALTER TABLE idempotency_keys RENAME COLUMN request_hash TO renamed_hash');
    try {
      const before = await countEvents(t);
      const failed = await api
        .post('/families', { ...family, address: 'Via Segreta 7' }, { 'Idempotency-Key': 'db-failure-1' })
        .expect(500);
      expect(failed.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(failed.body).toEqual({
        type: 'https://tutela.example/problems/internal-error',
        title: 'Internal Server Error',
        status: 500,
        detail: 'An unexpected error occurred; it has been logged',
        code: 'INTERNAL_ERROR',
        instance: '/families',
      });
      expect(await countEvents(t)).toBe(before);
      const logged = lines.join('\n');
      expect(logged).toContain('SQLSTATE 42703');
      for (const leak of ['request_hash', 'idempotency_keys', 'INSERT', 'Via Segreta', 'does not exist'])
        expect(logged).not.toContain(leak);
    } finally {
      await t.database.pool.query('ALTER TABLE idempotency_keys RENAME COLUMN renamed_hash TO request_hash');
    }
  });
});
