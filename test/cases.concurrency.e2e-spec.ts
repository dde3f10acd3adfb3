import { EventLog } from '../src/event-store/event-log';
import { verifyChain } from '../src/event-store/hash-chain';
import { TestApp, createTestApp } from './support/test-app';
import { caseClient, expectRefused } from './support/case-requests';

/** What holds when requests race: one open case per minor (the minor's guard stream) and If-Match. */
describe('one open case per minor, and If-Match, over HTTP (e2e)', () => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  beforeAll(async () => {
    t = await createTestApp();
    api = caseClient(t, `Bearer ${await t.token('social-worker', 'alice')}`);
  });
  afterAll(async () => t.close());

  const opening = (h: { familyId: string; minorId: string; parentId: string }, minorId = h.minorId) => ({
    familyId: h.familyId,
    minorId,
    intake: { kind: 'spontaneous', requesterId: h.parentId, reason: 'help' },
  });
  const contact = (occurredAt?: string) => ({
    kind: 'call',
    participants: ['mother'],
    entries: [{ kind: 'fact', text: 'called' }],
    ...(occurredAt && { occurredAt }),
  });
  const casesOpenedFor = async (minorId: string) =>
    (await t.database.pool.query("SELECT count(*)::int AS n FROM events WHERE type = 'CaseOpened' AND data->>'minorId' = $1", [minorId]))
      .rows[0].n;

  describe('one open case per minor', () => {
    it('refuses a second case for the same minor, naming the open one; a sibling may have their own', async () => {
      const h = await api.household();
      const first = await api.open(h);
      const refused = await expectRefused(t, () => api.post('/cases', opening(h)), 409, 'CASE_ALREADY_OPEN');
      expect(refused).toMatchObject({ minorId: h.minorId, openCaseId: first });
      await api.post('/cases', opening(h, h.siblingId)).expect(201);
    });

    it('two concurrent openings for one minor: exactly one 201, the other 409 naming it', async () => {
      const h = await api.household();
      const answers = await Promise.all([api.post('/cases', opening(h)), api.post('/cases', opening(h))]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const [won, lost] = answers[0].status === 201 ? answers : [answers[1], answers[0]];
      expect(lost.body).toMatchObject({ code: 'CASE_ALREADY_OPEN', openCaseId: won.body.id });
      expect(await casesOpenedFor(h.minorId)).toBe(1);
    });

    it('four concurrent openings for one minor: exactly one case opens', async () => {
      const h = await api.household();
      const answers = await Promise.all([1, 2, 3, 4].map(() => api.post('/cases', opening(h))));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      for (const lost of answers.filter((a) => a.status !== 201)) expect(lost.status).toBe(409);
      expect(await casesOpenedFor(h.minorId)).toBe(1);
    });

    it('a closed case refuses commands with CASE_CLOSED, frees the minor, and reopens once no other case is open', async () => {
      const h = await api.household();
      const first = await api.open(h);
      await api.post(`/cases/${first}/closure`, { reason: 'goals-met' }).expect(200);
      await expectRefused(t, () => api.post(`/cases/${first}/contacts`, contact()), 409, 'CASE_CLOSED');
      await expectRefused(t, () => api.post(`/cases/${first}/closure`, { reason: 'other' }), 409, 'CASE_CLOSED');

      const second = await api.open(h);
      const busy = await expectRefused(
        t,
        () => api.post(`/cases/${first}/reopening`, { reason: 'new school report' }),
        409,
        'CASE_ALREADY_OPEN',
      );
      expect(busy.openCaseId).toBe(second);
      await api.post(`/cases/${second}/closure`, { reason: 'transferred' }).expect(200);

      await api.post(`/cases/${first}/reopening`, { reason: 'new school report' }).expect(200);
      await expectRefused(t, () => api.post(`/cases/${first}/reopening`, { reason: 'again' }), 409, 'CASE_NOT_CLOSED');
      await expectRefused(t, () => api.post('/cases', opening(h)), 409, 'CASE_ALREADY_OPEN');
      await api.post(`/cases/${first}/contacts`, contact()).expect(201);
      const read = await api.get(`/cases/${first}`).expect(200);
      expect(read.body.history.map((m: { kind: string }) => m.kind)).toEqual(['opened', 'closed', 'reopened']);
    });

    it('a fresh claim without its case counts as open (it may be in flight); an old one, left by a crash between the two appends, is healed', async () => {
      const h = await api.household();
      const log = t.app.get(EventLog);
      const claim = (caseId: string, recordedAt: Date) =>
        new EventLog(log.store, () => recordedAt).append(
          `minor-${h.minorId}`,
          [
            {
              type: 'MinorCaseOpened',
              data: { minorId: h.minorId, caseId },
              metadata: {
                actor: { id: 'crashed', role: 'social-worker' },
                correlationId: 'c',
                causationId: 'c',
                occurredAt: recordedAt.toISOString(),
              },
            },
          ],
          'any',
        );
      const phantom = '0f8fad5b-d9cb-469f-a165-70867728950e';
      await claim(phantom, new Date());
      expect(await expectRefused(t, () => api.post('/cases', opening(h)), 409, 'CASE_ALREADY_OPEN')).toMatchObject({ openCaseId: phantom });
      await claim(phantom, new Date(Date.now() - 5 * 60_000));
      await api.post('/cases', opening(h)).expect(201);
      expect(await casesOpenedFor(h.minorId)).toBe(1);
    });
  });

  describe('If-Match', () => {
    it('two clients with the same revision race with two commands: one wins, one gets 412', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h)}`;
      const { headers } = await api.get(c).expect(200);
      const [a, b] = await Promise.all([
        api.post(`${c}/team-members`, { workerId: 'alice', name: 'Alice Rossi', role: 'social-worker' }, { 'If-Match': headers.etag }),
        api.post(`${c}/contacts`, contact(), { 'If-Match': headers.etag }),
      ]);
      const lost = a.status === 412 ? a : b;
      expect(lost.status).toBe(412);
      expect((a.status === 412 ? b : a).status).toBe(a.status === 412 ? 201 : 200);
      expect(lost.body).toMatchObject({ code: 'REVISION_MISMATCH', expectedRevision: '0' });
      expect((await api.get(c).expect(200)).body.revision).toBe(1);
    });

    it('a stale If-Match on closure or reopening is 412 and appends nothing, not even the guard claim', async () => {
      const h = await api.household();
      const c = `/cases/${await api.open(h)}`;
      await api.post(`${c}/contacts`, contact()).expect(201);
      await expectRefused(t, () => api.post(`${c}/closure`, { reason: 'goals-met' }, { 'If-Match': '"0"' }), 412, 'REVISION_MISMATCH');
      const closed = await api.post(`${c}/closure`, { reason: 'goals-met' }, { 'If-Match': '"1"' }).expect(200);
      expect(closed.headers.etag).toBe('"2"');
      await expectRefused(t, () => api.post(`${c}/reopening`, { reason: 'x' }, { 'If-Match': '"1"' }), 412, 'REVISION_MISMATCH');
      await api.post(`${c}/reopening`, { reason: 'x' }, { 'If-Match': '"2"' }).expect(200);
    });
  });

  describe('without If-Match', () => {
    it('eight writers on one case and one family: every command lands, none answers 409, the chains hold', async () => {
      const h = await api.household();
      const caseId = await api.open(h);
      const writers = 8;
      const each = 12;
      const send = (writer: number) => async () => {
        const statuses: number[] = [];
        for (let i = 0; i < each; i++) {
          const onCase = await api.post(`/cases/${caseId}/contacts`, contact());
          const onFamily = await api.post(`/families/${h.familyId}/members`, {
            givenName: `W${writer}N${i}`,
            familyName: 'Esposito',
            birthDate: '1990-01-01',
            sex: 'F',
            role: 'other-adult',
            confirmNewPerson: true, // 96 Espositos born the same day: distinct people by design
          });
          statuses.push(onCase.status, onFamily.status);
        }
        return statuses;
      };
      const statuses = (await Promise.all(Array.from({ length: writers }, (_, w) => send(w)()))).flat();
      const tally = statuses.reduce<Record<number, number>>((n, status) => ({ ...n, [status]: (n[status] ?? 0) + 1 }), {});
      expect(tally).toEqual({ 201: 2 * writers * each });
      const log = t.app.get(EventLog);
      for (const stream of [`case-${caseId}`, `family-${h.familyId}`]) {
        const events = await log.readStreamToArray(stream);
        expect(verifyChain(events).valid).toBe(true);
      }
      expect((await log.readStreamToArray(`case-${caseId}`)).length).toBe(1 + writers * each);
    });
  });
});
