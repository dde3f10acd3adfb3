import { caseClient, expectRefused, instantDaysAgo, today } from './support/case-requests';
import { romeDate } from '../src/cases/case.age';
import { TestApp, createTestApp } from './support/test-app';

describe('GET /statistics (e2e)', () => {
  let t: TestApp;
  let position: string;
  const from = romeDate(instantDaysAgo(30));
  beforeAll(async () => {
    t = await createTestApp();
    const api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
    const caseId = await api.open(await api.household(), { occurredAt: instantDaysAgo(10) });
    position = (await api.post(`/cases/${caseId}/closure`, { reason: 'goals-met' }).expect(200)).body.position;
  });
  afterAll(async () => t.close());

  const read = async (query: string, role: 'coordinator' | 'admin' | 'social-worker' | 'court-liaison' = 'coordinator') =>
    t
      .http()
      .get(`/statistics${query}`)
      .set('Authorization', `Bearer ${await t.token(role)}`);

  it('counts the period once the projection has passed the command’s position, with no personal data', async () => {
    const answer = await read(`?from=${from}&to=${today()}&municipality=015146&consistentWith=${encodeURIComponent(position)}`);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-consistency']).toBe('consistent');
    expect(answer.body).toMatchObject({
      period: { from, to: today() },
      municipality: '015146',
      opened: { total: 1, byIntakeKind: expect.arrayContaining([{ kind: 'spontaneous', count: 1 }]) },
      openAtEnd: 0,
      closures: { total: 1, byReason: expect.arrayContaining([{ reason: 'goals-met', count: 1 }]) },
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/Giulia|Esposito|Milano|Via Roma|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('refuses bad input with problem+json', async () => {
    for (const query of [
      '',
      `?from=${from}`,
      `?from=01/02/2026&to=${today()}`,
      `?from=${from}&to=2026-02-30T10:00`,
      `?from=${from}&to=${today()}&municipality=MI`,
      `?from=${from}&to=${today()}&x=1`,
    ]) {
      await expectRefused(t, () => read(query), 400, 'VALIDATION_FAILED');
    }
    await expectRefused(t, () => read('?from=2026-02-01&to=2026-01-31'), 400, 'INVALID_PERIOD');
  });

  it('is for the coordinator only: counts of a small municipality can single out a child', async () => {
    for (const role of ['admin', 'social-worker', 'court-liaison'] as const)
      await expectRefused(t, () => read(`?from=${from}&to=${today()}`, role), 403, 'FORBIDDEN_ROLE');
    await expectRefused(t, () => t.http().get(`/statistics?from=${from}&to=${today()}`), 401, 'UNAUTHENTICATED');
  });
});
