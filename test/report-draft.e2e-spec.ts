import { caseClient, expectRefused, instantDaysAgo } from './support/case-requests';
import { download } from './support/court-files';
import { TestApp, countEvents, createTestApp } from './support/test-app';

// pdf-parse's index runs a self-test when required without a parent module; its lib entry does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer) => Promise<{ text: string; numpages: number }> = require('pdf-parse/lib/pdf-parse.js');

describe('report draft for the Judicial Authority, and what exports leave in the logs (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let liaison: string;
  const logLines: string[] = [];
  const SECRET_TEXT = 'Il bambino racconta del padre';

  beforeAll(async () => {
    t = await createTestApp({ logDestination: { write: (line: string) => void logLines.push(line) } });
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    caseId = await api.open(await api.household(), { occurredAt: instantDaysAgo(60) });
    const assessment = (
      await api.post(`/cases/${caseId}/assessments`, { discipline: 'psychological', occurredAt: instantDaysAgo(40) }).expect(201)
    ).body.id;
    await api
      .post(`/cases/${caseId}/assessments/${assessment}/entries`, { kind: 'fact', text: 'Assenze scolastiche: 12 giorni.' })
      .expect(200);
    await api
      .post(`/cases/${caseId}/assessments/${assessment}/entries`, { kind: 'statement', statedBy: 'minore', text: SECRET_TEXT })
      .expect(200);
    await api
      .post(`/cases/${caseId}/assessments/${assessment}/entries`, {
        kind: 'evaluation',
        method: 'colloquio clinico',
        text: 'Ansia da separazione.',
      })
      .expect(200);
    await api
      .post(`/cases/${caseId}/contacts`, {
        kind: 'call',
        occurredAt: instantDaysAgo(90),
        participants: ['madre'],
        entries: [{ kind: 'fact', text: 'Prima del periodo.' }],
      })
      .expect(201);
    liaison = await t.token('court-liaison', 'clerk-1');
  });
  afterAll(async () => t.close());

  const period = `from=${encodeURIComponent(instantDaysAgo(50))}&to=${encodeURIComponent(instantDaysAgo(-1))}`;

  it('groups the period’s entries as art. 473-bis.27 c.p.c. requires and names the head it covers', async () => {
    const before = await countEvents(t);
    const answer = await t.http().get(`/cases/${caseId}/report-draft?${period}`).set('Authorization', `Bearer ${liaison}`).expect(200);
    expect(answer.body).toMatchObject({
      caseId,
      minor: { name: 'Giulia Esposito' },
      facts: [{ kind: 'fact', text: 'Assenze scolastiche: 12 giorni.', eventType: 'AssessmentEntryRecorded' }],
      statements: [{ kind: 'statement', statedBy: 'minore', text: SECRET_TEXT }],
      evaluations: [{ kind: 'evaluation', method: 'colloquio clinico' }],
      headRevision: 5,
    });
    const events = await t.http().get(`/cases/${caseId}/events?from=5&limit=1`).set('Authorization', `Bearer ${liaison}`).expect(200);
    expect(answer.body.headHash).toBe(events.body.items[0].hash);
    expect(await countEvents(t)).toBe(before + 1);
  });

  it('renders the draft as a PDF with Italian headings', async () => {
    const answer = await download(t, liaison, `/cases/${caseId}/report-draft?format=pdf&${period}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfParse(answer.body);
    for (const heading of ['Fatti accertati', 'Dichiarazioni', 'Valutazioni', 'Misure di protezione', 'Udienze', 'Scadenze']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('pagina 1 di');
  });

  it('exports a PDF audit trail a judge can read: case id, digest, Italian headings, page numbers', async () => {
    const answer = await download(t, liaison, `/cases/${caseId}/audit-trail?format=pdf`);
    expect(answer.status).toBe(200);
    const { text, numpages } = await pdfParse(answer.body);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(caseId.replace(/-/g, '-'));
    expect(flat).toContain(answer.headers['x-bundle-digest']);
    for (const heading of ['Fatti', 'Dichiarazioni', 'Valutazioni']) expect(text).toContain(heading);
    expect(text).toContain('pagina 1 di');
    expect(text).toContain(`pagina ${numpages} di ${numpages}`);
  });

  it('refuses a reversed period, an unknown format and a role without case access', async () => {
    const get =
      (query: string, token = liaison) =>
      () =>
        t.http().get(`/cases/${caseId}/report-draft${query}`).set('Authorization', `Bearer ${token}`);
    await expectRefused(t, get('?from=2026-05-01T00:00:00Z&to=2026-04-01T00:00:00Z'), 400, 'INVALID_RANGE');
    await expectRefused(t, get('?format=docx'), 400, 'VALIDATION_FAILED');
    await expectRefused(t, get('', await t.token('integrator')), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, get('', await t.token('educator', 'eve')), 403, 'NOT_ON_CASE_TEAM');
  });

  it('never writes an export’s content to the logs', () => {
    const everything = logLines.join('');
    expect(everything).toContain('/report-draft');
    expect(everything).not.toContain(SECRET_TEXT);
    expect(everything).not.toContain('Assenze scolastiche');
  });
});
