import { caseClient, caseWithTeam, expectRefused } from './support/case-requests';
import { TestApp, createTestApp } from './support/test-app';

/** The child heard by the service before the hearing: its own fact, in the entries and in the report draft. */
describe('hearing the child (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ caseId } = await caseWithTeam(t, [{ workerId: 'paola', role: 'psychologist' }]));
  });
  afterAll(async () => t.close());

  const hearing = {
    place: 'Stanza di ascolto del consultorio',
    heardBy: ['paola'],
    present: ['curatore speciale avv. Neri'],
    method: 'Colloquio libero con disegno, senza i genitori',
    discernment: 'A dieci anni comprende le domande e risponde con parole sue',
    statements: [{ text: 'A scuola sto bene, a casa si urla.' }],
    wishes: [{ about: 'placement', text: 'Restare vicino alla nonna.' }],
  };

  it("records the hearing; the child's words are statements by the minor, in the entries and in the report draft", async () => {
    const paola = caseClient(t, `Bearer ${await t.token('psychologist', 'paola')}`);
    const heard = await paola.post(`/cases/${caseId}/child-hearings`, hearing).expect(201);
    const words = (await paola.get(`/cases/${caseId}/entries?kind=statement`).expect(200)).body.items;
    expect(words).toContainEqual(
      expect.objectContaining({
        eventType: 'ChildHeard',
        kind: 'statement',
        statedBy: 'minore',
        text: 'A scuola sto bene, a casa si urla.',
      }),
    );
    const liaison = caseClient(t, `Bearer ${await t.token('court-liaison', 'giulia')}`);
    const draft = (await liaison.get(`/cases/${caseId}/report-draft`).expect(200)).body;
    expect(draft.childHearings).toEqual([
      expect.objectContaining({
        place: 'Stanza di ascolto del consultorio',
        heardBy: ['paola'],
        statements: ['A scuola sto bene, a casa si urla.'],
        wishes: [{ about: 'placement', text: 'Restare vicino alla nonna.' }],
      }),
    ]);
    const consistent = `consistentWith=${encodeURIComponent(heard.body.position)}`;
    const timeline = (await paola.get(`/cases/${caseId}/timeline?${consistent}`).expect(200)).body;
    expect(JSON.stringify(timeline)).toContain('Ascolto del minore (1 dichiarazione, 1 desiderio espresso)');
  });

  it('refuses a hearing without words, with an unknown wish subject, or with unknown fields; nothing is appended', async () => {
    const paola = caseClient(t, `Bearer ${await t.token('psychologist', 'paola')}`);
    const post = (body: object) => paola.post(`/cases/${caseId}/child-hearings`, body);
    await expectRefused(t, () => post({ ...hearing, statements: [], wishes: [] }), 400, 'HEARING_WITHOUT_WORDS');
    await expectRefused(t, () => post({ ...hearing, wishes: [{ about: 'school', text: 'x' }] }), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => post({ ...hearing, mood: 'calm' }), 400, 'VALIDATION_FAILED');
    await expectRefused(t, () => post({ ...hearing, occurredAt: '2099-01-01T10:00:00+01:00' }), 400, 'OCCURRED_AT_IN_FUTURE');
  });
});
