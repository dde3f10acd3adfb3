import { TestApp, createTestApp } from './support/test-app';
import { caseClient, caseWithTeam, expectRefused, instantDaysAgo } from './support/case-requests';

/** The valutazione d'équipe over HTTP: each discipline's part, the conclusion, and the report draft that cites it. */
describe("team evaluation (valutazione d'équipe) over HTTP (e2e)", () => {
  let t: TestApp;
  let caseId: string;
  let social: ReturnType<typeof caseClient>;
  let psychologist: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    ({ caseId } = await caseWithTeam(t, [
      { workerId: 'alice', role: 'social-worker' },
      { workerId: 'paola', role: 'psychologist' },
      { workerId: 'marco', role: 'educator' },
    ]));
    social = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    psychologist = caseClient(t, `Bearer ${await t.token('psychologist', 'paola')}`);
  });
  afterAll(async () => t.close());

  const body = (restrictPsychological: boolean) => ({
    contributions: [
      { discipline: 'social', workerId: 'alice', entry: { kind: 'evaluation', method: 'visite domiciliari', text: 'Casa adeguata.' } },
      {
        discipline: 'psychological',
        workerId: 'paola',
        entry: {
          kind: 'evaluation',
          method: 'colloqui clinici',
          text: 'Trauma elaborato in terapia.',
          ...(restrictPsychological && { restrictedTo: 'psychological' }),
        },
      },
    ],
    conclusion: 'Rientro in famiglia con educativa domiciliare.',
    agreedBy: ['alice', 'paola'],
    dissent: [{ workerId: 'marco', text: "Prematuro prima della fine dell'anno scolastico." }],
  });

  it('refuses contributions from outside the team or of another discipline, and changes nothing', async () => {
    const c = `/cases/${caseId}/team-evaluations`;
    const wrongDiscipline = { ...body(false), contributions: [{ ...body(false).contributions[0], workerId: 'marco' }] };
    await expectRefused(t, () => social.post(c, wrongDiscipline), 400, 'CONTRIBUTION_NOT_THEIR_DISCIPLINE');
    await expectRefused(t, () => social.post(c, { ...body(false), agreedBy: ['someone-else'] }), 400, 'AGREEMENT_NOT_BY_TEAM');
    await expectRefused(t, () => social.post(c, { ...body(false), contributions: [] }), 400, 'VALIDATION_FAILED');
    // Only the psychologist may restrict a psychological text.
    await expectRefused(t, () => social.post(c, body(true)), 403, 'RESTRICTION_NOT_YOUR_DISCIPLINE');
  });

  it('is recorded, shown in the case and in the entries, restricted text withheld from other disciplines', async () => {
    const recorded = await psychologist.post(`/cases/${caseId}/team-evaluations`, body(true)).expect(201);
    const view = (await social.get(`/cases/${caseId}`).expect(200)).body;
    expect(view.teamEvaluations).toEqual([
      expect.objectContaining({ evaluationId: recorded.body.id, disciplines: ['social', 'psychological'], dissentBy: ['marco'] }),
    ]);
    const entries = async (who: ReturnType<typeof caseClient>) =>
      (await who.get(`/cases/${caseId}/entries?kind=evaluation`).expect(200)).body.items as Array<Record<string, unknown>>;
    expect((await entries(psychologist)).map((e) => e.text)).toEqual(['Casa adeguata.', 'Trauma elaborato in terapia.']);
    const seenBySocial = await entries(social);
    expect(seenBySocial[1]).toMatchObject({ restrictedTo: 'psychological', textDigest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(seenBySocial[1].text).toBeUndefined();
  });

  it('is the report draft’s own section, with the restricted contribution withheld from court liaison', async () => {
    const liaison = await t.token('court-liaison', 'clerk-1');
    const period = `from=${encodeURIComponent(instantDaysAgo(5))}&to=${encodeURIComponent(instantDaysAgo(-1))}`;
    const draft = (await t.http().get(`/cases/${caseId}/report-draft?${period}`).set('Authorization', `Bearer ${liaison}`).expect(200))
      .body;
    expect(draft.teamEvaluations).toHaveLength(1);
    const [evaluation] = draft.teamEvaluations;
    expect(evaluation).toMatchObject({
      conclusion: 'Rientro in famiglia con educativa domiciliare.',
      agreedBy: ['alice', 'paola'],
      dissent: [{ workerId: 'marco' }],
    });
    expect(evaluation.contributions[0]).toMatchObject({ discipline: 'social', text: 'Casa adeguata.', method: 'visite domiciliari' });
    expect(evaluation.contributions[1].text).toMatch(/^\[Voce riservata alla disciplina psicologica: testo non incluso/);
  });
});
