import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { jsonForScript } from '../src/court/verify-page/verify-page';
import { caseClient, instantDaysAgo } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

// Debian's chromium by default; CHROMIUM_PATH points elsewhere (the GitHub runner's Chrome).
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Chosen at load time: without a browser the page tests are skipped (and said so), never installed from here.
const noBrowser = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is not installed: the in-browser /verify tests are skipped`;
if (noBrowser) console.log(noBrowser);
const inBrowser = noBrowser ? it.skip : it;

type FilePayload = { name: string; mimeType: string; buffer: Buffer };
const jsonFile = (name: string, text: string): FilePayload => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const FINAL_STATE = ['verificato', 'non-verificato', 'non-disponibile'].map((state) => `#esito[data-esito="${state}"]`).join(', ');
const CONTACT_FACT = 'La casa è fredda e umida.';

describe('GET /verify: the offline verification page (e2e, headless Chromium)', () => {
  let t: TestApp;
  let browser: BrowserContext | undefined;
  let scratchDir: string;
  let pageUrl: string;
  let bundleText: string;
  let bundleDigest: string;
  let laterCheckpointText: string;

  beforeAll(async () => {
    t = await createTestApp();
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const caseId = await api.open(await api.household());
    await api
      .post(`/cases/${caseId}/contacts`, {
        kind: 'home-visit',
        occurredAt: instantDaysAgo(1),
        participants: ['mother'],
        entries: [
          { kind: 'fact', text: CONTACT_FACT },
          { kind: 'statement', statedBy: 'mother', text: 'Il riscaldamento è rotto.' },
        ],
      })
      .expect(201);
    const liaison = `Bearer ${await t.token('court-liaison')}`;
    const bundle = await t.http().get(`/cases/${caseId}/audit-trail?format=json`).set('Authorization', liaison).buffer(true);
    expect(bundle.status).toBe(200);
    bundleText = bundle.text;
    bundleDigest = bundle.headers['x-bundle-digest'];
    const later = await t.http().get('/audit/checkpoints/latest').set('Authorization', liaison);
    expect(later.status).toBe(200);
    laterCheckpointText = later.text;

    await t.app.listen(0, '127.0.0.1');
    pageUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/verify`;
    if (noBrowser) return;
    scratchDir = mkdtempSync(join(tmpdir(), 'tutela-verify-page-'));
    // A fresh profile: Playwright refuses --user-data-dir in launch() args and takes the folder here instead.
    browser = await chromium.launchPersistentContext(join(scratchDir, 'profile'), {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
    await t?.close();
  });

  /** A fresh page that records every request it makes: only the page itself may be fetched. */
  const openPage = async (): Promise<{ page: Page; requests: string[] }> => {
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const response = await page.goto(pageUrl);
    expect(response?.status()).toBe(200);
    return { page, requests };
  };

  /** Key and later checkpoint first: choosing the bundle starts the verification. */
  const verifyInPage = async (page: Page, files: { bundle: FilePayload; key?: FilePayload; later?: FilePayload }) => {
    if (files.key) await page.setInputFiles('#chiave', files.key);
    if (files.later) await page.setInputFiles('#checkpoint', files.later);
    await page.setInputFiles('#fascicolo', files.bundle);
    await page.waitForSelector(FINAL_STATE, { timeout: 15_000 });
    return { state: await page.getAttribute('#esito', 'data-esito'), text: (await page.textContent('#esito')) ?? '' };
  };

  it('serves one self-contained page: the verifier and the published keys inlined, strict headers, no outside URL', async () => {
    const answer = await t.http().get('/verify');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = answer.headers['content-security-policy'];
    expect(csp).toMatch(/^default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:/);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    const html = answer.text;
    expect(html).not.toMatch(/\b(src|href|action)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket/);
    expect(html).not.toMatch(/\{\{[A-Z_]+\}\}/);
    for (const file of ['audit-core.js', 'audit-verifier.js']) {
      expect(html).toContain(readFileSync(join(__dirname, '..', 'src', 'court', 'verify', file), 'utf8'));
    }
    const keys = (await t.http().get('/audit/keys')).body.keys as Array<{ keyId: string; jwk: { x: string } }>;
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(html).toContain(jsonForScript({ keyId: key.keyId, jwk: key.jwk }));
    expect(jsonForScript({ text: '</script><!--' })).toBe('{"text":"\\u003c/script>\\u003c!--"}');
  });

  inBrowser('says "verificato" for the bundle as exported, with its counts, heads, digest, key and checkpoint', async () => {
    const bundle = JSON.parse(bundleText);
    const { page, requests } = await openPage();
    const { state, text } = await verifyInPage(page, { bundle: jsonFile('fascicolo.json', bundleText) });
    expect(state).toBe('verificato');
    expect(text).toContain('verificato');
    expect(text).toContain(`${bundle.events.length} eventi, ${bundle.streams.length} flussi`);
    for (const stream of bundle.streams) expect(text).toContain(stream.lastHash);
    expect(text).toContain(bundleDigest);
    expect(text).toContain(bundle.signature.keyId);
    expect(text).toContain(bundle.checkpoint.id);
    expect(text).toContain('non eseguito');
    expect(requests).toEqual([pageUrl]);
    await page.close();
  });

  inBrowser('compares with a later checkpoint when one is given', async () => {
    const { page, requests } = await openPage();
    const later = JSON.parse(laterCheckpointText);
    const files = { bundle: jsonFile('fascicolo.json', bundleText), later: jsonFile('checkpoint.json', laterCheckpointText) };
    const { state, text } = await verifyInPage(page, files);
    expect(state).toBe('verificato');
    expect(text).toContain(`eseguito con il checkpoint ${later.checkpoint.id}`);
    expect(requests).toEqual([pageUrl]);
    await page.close();
  });

  inBrowser('says "non verificato" for a bundle with one character changed, naming the event’s revision and stream', async () => {
    const tampered = bundleText.replace(CONTACT_FACT, CONTACT_FACT.replace('fredda', 'freddo'));
    expect(tampered).not.toBe(bundleText);
    const changed = (JSON.parse(bundleText).events as Array<{ stream: string; revision: number; data: unknown }>).find((event) =>
      JSON.stringify(event.data).includes(CONTACT_FACT),
    )!;
    const { page, requests } = await openPage();
    const { state, text } = await verifyInPage(page, { bundle: jsonFile('fascicolo-alterato.json', tampered) });
    expect(state).toBe('non-verificato');
    expect(text).toContain('non verificato');
    const naming = `L'evento alla revisione ${changed.revision} del flusso ${changed.stream} non corrisponde alla catena: hash atteso`;
    expect(text).toContain(naming);
    expect(requests).toEqual([pageUrl]);
    await page.close();
  });

  inBrowser('refuses the signature when the clerk gives another Ed25519 public key', async () => {
    const otherKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const { page, requests } = await openPage();
    const { state, text } = await verifyInPage(page, {
      bundle: jsonFile('fascicolo.json', bundleText),
      key: { name: 'chiave.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(otherKey) },
    });
    expect(state).toBe('non-verificato');
    expect(text).toMatch(/chiave sconosciuta|firma non valida/i);
    expect(text).toContain(JSON.parse(bundleText).signature.keyId);
    expect(requests).toEqual([pageUrl]);
    await page.close();
  });

  inBrowser('works from a copy saved to disk, with the bundle dropped onto the zone', async () => {
    const saved = join(scratchDir, 'verifica-salvata.html');
    writeFileSync(saved, (await t.http().get('/verify')).text);
    const page = await browser!.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(saved).href);
    // A DataTransfer holding the bundle, as the browser builds one when a file is dragged in.
    const bundleFile = `new File([${JSON.stringify(bundleText)}], 'fascicolo.json', { type: 'application/json' })`;
    const dropped = await page.evaluateHandle(`(() => { const list = new DataTransfer(); list.items.add(${bundleFile}); return list })()`);
    await page.dispatchEvent('#zona-fascicolo', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('#zona-fascicolo', 'drop', { dataTransfer: dropped });
    await page.waitForSelector(FINAL_STATE, { timeout: 15_000 });
    expect(await page.getAttribute('#esito', 'data-esito')).toBe('verificato');
    expect(requests).toEqual([pathToFileURL(saved).href]);
    await page.close();
  });

  inBrowser('says in Italian, without a stack trace, that a file that is not a bundle is not valid', async () => {
    const { page } = await openPage();
    for (const [name, text] of [
      ['appunti.txt', 'non è JSON'],
      ['altro.json', '{"format":"altro"}'],
    ]) {
      const outcome = await verifyInPage(page, { bundle: { name, mimeType: 'text/plain', buffer: Buffer.from(text) } });
      expect(outcome.state).toBe('non-verificato');
      expect(outcome.text).toContain('Il file non è un fascicolo valido');
      expect(outcome.text).not.toMatch(/Error|at \w+ \(/);
    }
    await page.close();
  });
});
