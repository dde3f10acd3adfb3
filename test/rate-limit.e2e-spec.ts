import { TestApp, createTestApp } from './support/test-app';

/** RATE_LIMIT_PER_MINUTE per token subject, else per client IP; health is never limited. */
describe('rate limiting (e2e)', () => {
  const LIMIT = 3;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) }, projections: false });
  });
  afterAll(async () => t.close());

  it('answers 429 problem+json with Retry-After once a subject spends its minute, on any route', async () => {
    const alice = `Bearer ${await t.token('coordinator', 'alice')}`;
    await t.http().get('/cases').set('Authorization', alice).expect(200);
    await t.http().get('/deadlines').set('Authorization', alice).expect(200);
    await t.http().post('/families').set('Authorization', alice).send({}).expect(400);
    const refused = await t.http().get('/cases').set('Authorization', alice).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: 'Too Many Requests' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.retryAfterSeconds).toBe(retryAfter);
  });

  it('counts per token subject: another user of the same machine is not affected', async () => {
    const bruno = `Bearer ${await t.token('coordinator', 'bruno')}`;
    await t.http().get('/cases').set('Authorization', bruno).expect(200);
    // The same subject with a fresh token shares the budget: it is the subject that counts, not the token.
    const alice = `Bearer ${await t.token('coordinator', 'alice')}`;
    await t.http().get('/cases').set('Authorization', alice).expect(429);
  });

  it('counts anonymous callers and bad tokens by client IP, and never limits health', async () => {
    for (let i = 0; i < LIMIT; i += 1) await t.http().get('/cases').set('Authorization', 'Bearer not.a.token').expect(401);
    const limited = await t.http().get('/audit/keys').expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    for (let i = 0; i < LIMIT + 2; i += 1) await t.http().get('/health').expect(200);
    await t.http().get('/health/ready').expect(200);
  });
});
