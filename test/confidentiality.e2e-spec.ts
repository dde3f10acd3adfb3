import { verifyChain } from '../src/event-store/hash-chain';
import { caseClient, caseWithTeam, expectRefused } from './support/case-requests';
import { download, tempFiles, verifyCli } from './support/court-files';
import { TestApp, createTestApp } from './support/test-app';

const SECRET = 'Tratti depressivi della madre, in trattamento presso il CSM.';

/** A psychologist's evaluation restricted to her discipline: the team sees it exists, the court export says it is withheld. */
describe('clinical confidentiality (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  const file = tempFiles();
  beforeAll(async () => {
    t = await createTestApp();
    ({ caseId } = await caseWithTeam(t, [
      { workerId: 'alice', role: 'social-worker' },
      { workerId: 'paola', role: 'psychologist' },
    ]));
  });
  afterAll(async () => t.close());

  const as = async (role: Parameters<TestApp['token']>[0], id: string) => caseClient(t, `Bearer ${await t.token(role, id)}`);
  const contact = (restrictedTo?: string) => ({
    kind: 'interview',
    participants: ['madre'],
    entries: [
      { kind: 'fact', text: 'Colloquio in sede con la madre.' },
      { kind: 'evaluation', method: 'colloquio clinico', text: SECRET, ...(restrictedTo ? { restrictedTo } : {}) },
    ],
  });
  const served = (body: { items: Array<Record<string, unknown>> }) =>
    body.items.map(({ id, revision, type, data, ...metadata }) => ({
      id: String(id),
      revision: BigInt(Number(revision)),
      type: String(type),
      data,
      metadata,
    }));

  it('lets only the discipline restrict an entry to itself', async () => {
    const alice = await as('social-worker', 'alice');
    await expectRefused(t, () => alice.post(`/cases/${caseId}/contacts`, contact('psychological')), 403, 'RESTRICTION_NOT_YOUR_DISCIPLINE');
    const paola = await as('psychologist', 'paola');
    await paola.post(`/cases/${caseId}/contacts`, contact('psychological')).expect(201);
  });

  it('shows the text to the psychologist; the social worker sees the entry and its digest, and the chain still verifies', async () => {
    const paola = (await (await as('psychologist', 'paola')).get(`/cases/${caseId}/events`).expect(200)).body;
    expect(JSON.stringify(paola)).toContain(SECRET);
    const alice = (await (await as('social-worker', 'alice')).get(`/cases/${caseId}/events`).expect(200)).body;
    expect(JSON.stringify(alice)).not.toContain(SECRET);
    const entry = alice.items.find((e: { type: string }) => e.type === 'ContactRecorded').data.entries[1];
    expect(entry).toEqual({
      kind: 'evaluation',
      method: 'colloquio clinico',
      restrictedTo: 'psychological',
      seal: expect.stringMatching(/^[0-9a-f]{32}$/),
      textDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(verifyChain(served(alice))).toMatchObject({ valid: true });
    expect(verifyChain(served(paola))).toMatchObject({ valid: true });
  });

  it('exports for the court without the text, says so, and the bundle verifies offline', async () => {
    const liaison = await t.token('court-liaison', 'giulia');
    const json = await download(t, liaison, `/cases/${caseId}/audit-trail?format=json`);
    expect(json.status).toBe(200);
    expect(json.body.toString('utf8')).not.toContain(SECRET);
    expect((await verifyCli([file('bundle.json', json.body)])).code).toBe(0);
    const pdf = await download(t, liaison, `/cases/${caseId}/report-draft?format=pdf`);
    expect(pdf.status).toBe(200);
    const draft = (await (await as('court-liaison', 'giulia')).get(`/cases/${caseId}/report-draft`).expect(200)).body;
    expect(draft.evaluations).toEqual([
      expect.objectContaining({
        text: expect.stringMatching(/^\[Voce riservata alla disciplina psicologica: testo non incluso; impronta [0-9a-f]{64}\]$/),
      }),
    ]);
  });

  it('lists the narrative entries with their texts, by kind, withholding restricted ones from other disciplines', async () => {
    const alice = await as('social-worker', 'alice');
    const facts = (await alice.get(`/cases/${caseId}/entries?kind=fact`).expect(200)).body;
    expect(facts.items).toEqual([
      expect.objectContaining({ kind: 'fact', text: 'Colloquio in sede con la madre.', eventType: 'ContactRecorded' }),
    ]);
    const forAlice = (await alice.get(`/cases/${caseId}/entries?kind=evaluation`).expect(200)).body.items;
    expect(forAlice).toEqual([
      {
        revision: expect.any(Number),
        eventType: 'ContactRecorded',
        occurredAt: expect.any(String),
        kind: 'evaluation',
        method: 'colloquio clinico',
        restrictedTo: 'psychological',
        textDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    const paola = await as('psychologist', 'paola');
    expect((await paola.get(`/cases/${caseId}/entries?kind=evaluation`).expect(200)).body.items[0].text).toBe(SECRET);
    expect((await alice.get(`/cases/${caseId}/entries?to=2000-01-01T00:00:00Z`).expect(200)).body.items).toEqual([]);
    await expectRefused(t, () => alice.get(`/cases/${caseId}/entries?kind=opinion`), 400, 'VALIDATION_FAILED');
  });
});
