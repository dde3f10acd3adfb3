import { TestApp, createTestApp } from './support/test-app';

/** Problem titles follow Accept-Language; the code is the contract and never changes with it. */
describe('problem titles in the caller’s language (e2e)', () => {
  let t: TestApp;
  let auth: string;
  beforeAll(async () => {
    t = await createTestApp({ projections: false });
    auth = `Bearer ${await t.token('social-worker', 'alice')}`;
  });
  afterAll(async () => t.close());

  const unknownCase = (language?: string) => {
    const call = t.http().get('/cases/00000000-0000-4000-8000-000000000999').set('Authorization', auth);
    return language ? call.set('Accept-Language', language) : call;
  };

  it('answers in Italian when asked, in English otherwise, with the same code', async () => {
    const italian = await unknownCase('it-IT,it;q=0.9,en;q=0.5').expect(404);
    expect(italian.body).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND', title: 'Non trovato' });
    expect(italian.headers['content-language']).toBe('it');
    expect(italian.headers.vary).toMatch(/Accept-Language/i);
    const english = await unknownCase().expect(404);
    expect(english.body).toMatchObject({ status: 404, code: 'CASE_NOT_FOUND', title: 'Not Found' });
    expect(english.headers['content-language']).toBe('en');
  });

  it('localises validation problems too', async () => {
    const answer = await t
      .http()
      .post('/families')
      .set('Authorization', auth)
      .set('Accept-Language', 'it')
      .send({ unexpected: true })
      .expect(400);
    expect(answer.body).toMatchObject({ status: 400, title: 'Richiesta non valida' });
  });
});
