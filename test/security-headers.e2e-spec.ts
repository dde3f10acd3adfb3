import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { VERIFY_PAGE_CSP } from '../src/court/verify-page/verify-page';
import { caseClient } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const inBrowser = existsSync(CHROMIUM) ? it : it.skip;
const APP_ORIGIN = 'https://sociale.comune.milano.it';

/** helmet, Content-Security-Policy per kind of answer, no-store on personal data, CORS closed but for listed origins. */
describe('security headers, caching and CORS (e2e)', () => {
  let t: TestApp;
  let auth: string;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: `${APP_ORIGIN},http://localhost:5173` } });
    auth = `Bearer ${await t.token('coordinator', 'carla')}`;
    const api = caseClient(t, auth);
    caseId = await api.open(await api.household());
  });
  afterAll(async () => t.close());

  it('API answers carry helmet’s headers and a CSP that lets a browser load nothing', async () => {
    const answer = await t.http().get(`/cases/${caseId}`).set('Authorization', auth).expect(200);
    expect(answer.headers).toMatchObject({
      'content-security-policy': "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });

  it('Cache-Control: no-store on every answer with personal data, refusals included; public keys stay cacheable', async () => {
    const api = caseClient(t, auth);
    for (const answer of [
      await api.get(`/cases/${caseId}`).expect(200),
      await api.get(`/cases/${caseId}/events`).expect(200),
      await api
        .post(`/cases/${caseId}/contacts`, { kind: 'call', participants: ['madre'], entries: [{ kind: 'fact', text: 'ok' }] })
        .expect(201),
      await api.post(`/cases/${caseId}/contacts`, { kind: 'fax' }).expect(400),
      await t.http().get(`/cases/${caseId}`).expect(401),
    ]) {
      expect(answer.headers['cache-control']).toBe('no-store');
    }
    expect((await t.http().get('/audit/keys').expect(200)).headers['cache-control']).toBe('public, max-age=300');
  });

  it('GET /verify keeps its own strict policy, not the API’s nor the docs’', async () => {
    const page = await t.http().get('/verify').expect(200);
    expect(page.headers['content-security-policy']).toBe(VERIFY_PAGE_CSP);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('/docs answers 200 under a policy that allows its own scripts and its inline <style>, and no inline script', async () => {
    const docs = await t.http().get('/docs').expect(200);
    const csp = docs.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const scripts = [...docs.text.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/src="\.\/docs\/[\w.-]+\.js"/);
    await t.http().get('/docs/swagger-ui-init.js').expect(200);
  });

  inBrowser('Swagger UI renders its operations in Chromium, with no CSP violation', async () => {
    await t.app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/docs`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(url);
      await page.waitForSelector('.opblock', { timeout: 15_000 });
      expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      t
        .http()
        .options('/cases')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type,idempotency-key');

    it('answers a preflight from a listed origin with 204 and the methods and headers the API uses', async () => {
      const answer = await preflight(APP_ORIGIN).expect(204);
      expect(answer.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(answer.headers['access-control-allow-methods']).toBe('GET,HEAD,POST');
      expect(answer.headers['access-control-allow-headers']).toBe(
        'Authorization,Content-Type,If-Match,Idempotency-Key,X-Correlation-Id,X-Consistent-With',
      );
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      expect(answer.headers['access-control-max-age']).toBe('600');
    });

    it('refuses a preflight from any other origin with 403 problem+json and no Access-Control header', async () => {
      const answer = await preflight('https://evil.example').expect(403);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ code: 'CORS_ORIGIN_NOT_ALLOWED' });
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('lets a listed origin read answers and their headers; another origin gets no grant', async () => {
      const allowed = await t.http().get(`/cases/${caseId}`).set('Authorization', auth).set('Origin', 'http://localhost:5173').expect(200);
      expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(allowed.headers['access-control-expose-headers']).toBe(
        'ETag,Location,X-Correlation-Id,X-Request-Id,X-Consistency,X-Bundle-Digest,Content-Disposition,Retry-After',
      );
      const other = await t.http().get(`/cases/${caseId}`).set('Authorization', auth).set('Origin', 'https://evil.example').expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('is closed when CORS_ORIGINS is unset', async () => {
      const closed = await createTestApp({ database: t.database, projections: false });
      try {
        const answer = await closed
          .http()
          .options('/cases')
          .set('Origin', APP_ORIGIN)
          .set('Access-Control-Request-Method', 'GET')
          .expect(403);
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
      } finally {
        await closed.close();
      }
    });
  });
});
