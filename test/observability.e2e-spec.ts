import { EventLog } from '../src/event-store/event-log';
import { WrongExpectedRevisionError } from '../src/event-store/event-store';
import { TestApp, createTestApp } from './support/test-app';
import { fiscalCodeOf } from '../src/reference/fiscal-code-of';

const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };
// A Luca Bianchi in each household of these tests: a new person each time.
const luca = { givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', role: 'minor', confirmNewPerson: true };
// Luca Bianchi's own code, so that the request is accepted and logged.
const FISCAL_CODE = fiscalCodeOf({ givenName: 'Luca', familyName: 'Bianchi', birthDate: '2015-03-02', sex: 'M', birthPlace: 'F205' });

const metadataOf = async (t: TestApp, stream: string) => {
  const { rows } = await t.database.pool.query('SELECT metadata FROM events WHERE stream_id = $1 ORDER BY stream_revision', [stream]);
  return rows.map((row) => row.metadata as Record<string, unknown>);
};

describe('operations: correlation, metrics, logs (e2e)', () => {
  describe('correlation id and metrics', () => {
    let t: TestApp;
    let auth: string;
    beforeAll(async () => {
      t = await createTestApp();
      auth = `Bearer ${await t.token('social-worker', 'alice')}`;
    });
    afterAll(async () => t.close());

    it('takes X-Correlation-Id, returns it, and stamps it on the events the request appends', async () => {
      const created = await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .set('X-Correlation-Id', 'intake-2024-0042')
        .send(family)
        .expect(201);
      expect(created.headers['x-correlation-id']).toBe('intake-2024-0042');
      const member = await t
        .http()
        .post(`/families/${created.body.id}/members`)
        .set('Authorization', auth)
        .set('X-Correlation-Id', 'intake-2024-0043')
        .send(luca)
        .expect(201);
      expect(member.headers['x-correlation-id']).toBe('intake-2024-0043');
      const metadata = await metadataOf(t, `family-${created.body.id}`);
      expect(metadata.map((m) => m.correlationId)).toEqual(['intake-2024-0042', 'intake-2024-0043']);
      expect(metadata[0].causationId).toBe(created.headers['x-request-id']);
    });

    it('makes a correlation id when none (or a malformed one) is given, and that one reaches the event', async () => {
      const created = await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .set('X-Correlation-Id', 'no spaces allowed')
        .send(family)
        .expect(201);
      const made = created.headers['x-correlation-id'];
      expect(made).toMatch(/^[0-9a-f-]{36}$/);
      expect((await metadataOf(t, `family-${created.body.id}`))[0].correlationId).toBe(made);
    });

    it('GET /metrics exposes the named series after some traffic', async () => {
      const created = await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .set('Idempotency-Key', 'metrics-1')
        .send(family)
        .expect(201);
      await t.http().post('/families').set('Authorization', auth).set('Idempotency-Key', 'metrics-1').send(family).expect(201);
      await t.http().post(`/families/${created.body.id}/members`).set('Authorization', auth).send(luca).expect(201);
      await t.http().get(`/families/${created.body.id}`).set('Authorization', auth).expect(200);
      await t
        .http()
        .post('/families')
        .set('Authorization', auth)
        .send({ ...family, address: 'x'.repeat(70 * 1024) })
        .expect(413);
      // A concurrent write, as a command path retry sees it: the store refuses a stale revision.
      const log = t.app.get(EventLog);
      const stale = log.append(
        `family-${created.body.id}`,
        [
          {
            type: 'FamilyMemberRemoved',
            data: {},
            metadata: {
              actor: { id: 'alice', role: 'social-worker' },
              correlationId: 'c',
              causationId: 'c',
              occurredAt: new Date().toISOString(),
            },
          },
        ],
        0n,
      );
      await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevisionError);

      const scraped = await t.http().get('/metrics').expect(200);
      expect(scraped.headers['content-type']).toMatch(/^text\/plain/);
      const text = scraped.text;
      const series = [
        /^tutela_http_request_duration_seconds_bucket\{le="0\.005",method="POST",route="\/families",status="201"\} \d+$/m,
        /^tutela_http_request_duration_seconds_count\{method="POST",route="\/families\/:familyId\/members",status="201"\} [1-9]\d*$/m,
        /^tutela_http_request_duration_seconds_count\{method="GET",route="\/families\/:familyId",status="200"\} [1-9]\d*$/m,
        /^tutela_http_request_duration_seconds_count\{method="POST",route="unmatched",status="413"\} 1$/m,
        /^tutela_events_appended_total\{type="FamilyRegistered"\} [1-9]\d*$/m,
        /^tutela_events_appended_total\{type="FamilyMemberAdded"\} [1-9]\d*$/m,
        /^tutela_append_conflicts_total\{stream_category="family"\} 1$/m,
        /^tutela_idempotent_replays_total\{outcome="replayed"\} 1$/m,
        /^tutela_event_store_call_duration_seconds_count\{operation="append",outcome="ok"\} [1-9]\d*$/m,
        /^tutela_event_store_call_duration_seconds_count\{operation="append",outcome="conflict"\} 1$/m,
        /^tutela_event_store_call_duration_seconds_count\{operation="read_stream",outcome="ok"\} [1-9]\d*$/m,
        /^tutela_projection_lag_events\{projection="case_list"\} \d+$/m,
        /^tutela_projection_lag_seconds\{projection="deadlines"\} [\d.e+-]+$/m,
        /^tutela_projection_checkpoint_events\{projection="case_list"\} \d+$/m,
        /^tutela_projection_failing\{projection="case_list"\} 0$/m,
        /^process_cpu_user_seconds_total \d/m,
        /^process_resident_memory_bytes \d/m,
        /^nodejs_eventloop_lag_seconds \d/m,
        /^nodejs_heap_size_used_bytes \d/m,
      ];
      for (const line of series) expect(text).toMatch(line);
      // No stream ids in labels: metrics stay bounded.
      expect(text).not.toContain(created.body.id);
    });

    it('lets a gauge callback report at scrape time (the projection hook)', async () => {
      const { Metrics } = await import('../src/observability/metrics');
      const metrics = t.app.get(Metrics);
      metrics.gauge({
        name: 'tutela_test_lag_events',
        help: 'test',
        labelNames: ['projection'],
        collect: (gauge) => gauge.set({ projection: 'case-list' }, 3),
      });
      metrics.gauge({
        name: 'tutela_test_broken',
        help: 'test',
        collect: () => {
          throw new Error('down');
        },
      });
      const first = (await t.http().get('/metrics').expect(200)).text;
      expect(first).toMatch(/^tutela_test_lag_events\{projection="case-list"\} 3$/m);
      // A broken callback does not fail the scrape; its failure shows in the counter (from the next scrape on).
      const second = (await t.http().get('/metrics').expect(200)).text;
      expect(second).toMatch(/^tutela_metric_collect_failures_total\{metric="tutela_test_broken"\} [1-9]$/m);
    });

    it('without METRICS_TOKEN, refuses a client that came through a proxy', async () => {
      const refused = await t.http().get('/metrics').set('X-Forwarded-For', '203.0.113.9').expect(403);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 403, code: 'METRICS_LOOPBACK_ONLY' });
    });
  });

  describe('/metrics with METRICS_TOKEN', () => {
    const token = 'scrape-token-0123456789';
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { METRICS_TOKEN: token } });
    });
    afterAll(async () => t.close());

    it('answers only the metrics token: 401 problem+json without it or with a user token', async () => {
      const missing = await t.http().get('/metrics').expect(401);
      expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(missing.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      await t
        .http()
        .get('/metrics')
        .set('Authorization', `Bearer ${await t.token('admin')}`)
        .expect(401);
      const scraped = await t
        .http()
        .get('/metrics')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Forwarded-For', '203.0.113.9')
        .expect(200);
      expect(scraped.text).toContain('# TYPE tutela_http_request_duration_seconds histogram');
    });
  });

  describe('logs', () => {
    const lines: string[] = [];
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await createTestApp({ logDestination: { write: (line: string) => void lines.push(line) } });
      token = await t.token('social-worker', 'alice');
    });
    afterAll(async () => t.close());

    const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLine = async (requestId: string) => {
      for (let i = 0; i < 50; i++) {
        const found = entries().find((entry) => entry.requestId === requestId);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no log line for request ${requestId}`);
    };

    it('writes one JSON line per request, with ids, and never the token, a fiscal code or a name', async () => {
      const auth = `Bearer ${token}`;
      const created = await t.http().post('/families').set('Authorization', auth).send(family).expect(201);
      const members = `/families/${created.body.id}/members`;
      const added = await t
        .http()
        .post(members)
        .set('Authorization', auth)
        .set('X-Correlation-Id', 'log-test-1')
        .send({ ...luca, fiscalCode: FISCAL_CODE })
        .expect(201);
      await t
        .http()
        .post(members)
        .set('Authorization', auth)
        .send({ ...luca, fiscalCode: 'RSSMRA85T10A562T' })
        .expect(400);
      await t.http().get(`/families/${created.body.id}?fiscalCode=${FISCAL_CODE}&name=Bianchi`).set('Authorization', auth).expect(200);
      await t
        .http()
        .post('/families')
        .set('Authorization', `Bearer ${token}x`)
        .send({ ...family, address: 'Via Bianchi 9' })
        .expect(401);

      const line = await requestLine(added.headers['x-request-id']);
      expect(line).toMatchObject({
        level: 30,
        msg: 'request completed',
        method: 'POST',
        route: '/families/:familyId/members',
        status: 201,
        durationMs: expect.any(Number),
        subjectId: 'alice',
        requestId: added.headers['x-request-id'],
        correlationId: 'log-test-1',
        commands: ['RegisterPerson', 'AddFamilyMember'], // a new member enters the person registry first
      });
      expect(Object.keys(line).sort()).toEqual([
        'commands',
        'correlationId',
        'durationMs',
        'hostname',
        'level',
        'method',
        'msg',
        'pid',
        'requestId',
        'route',
        'status',
        'subjectId',
        'time',
      ]);

      const everything = lines.join('');
      for (const secret of [token, FISCAL_CODE, 'RSSMRA85T10A562T', 'Bianchi', 'Luca', 'Via Roma', 'authorization']) {
        expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
      }
    });

    it('logs a 5xx at error, and its stack once with the request and correlation ids', async () => {
      const append = jest.spyOn(t.app.get(EventLog), 'append').mockRejectedValueOnce(new Error('disk on fire'));
      const failed = await t
        .http()
        .post('/families')
        .set('Authorization', `Bearer ${token}`)
        .set('X-Correlation-Id', 'log-test-500')
        .send(family)
        .expect(500);
      append.mockRestore();
      expect(failed.body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
      expect(JSON.stringify(failed.body)).not.toContain('disk on fire');
      const requestId = failed.headers['x-request-id'];
      expect(await requestLine(requestId)).toMatchObject({
        level: 50,
        msg: 'request failed',
        route: '/families',
        status: 500,
        correlationId: 'log-test-500',
      });
      const stack = entries().find((entry) => entry.context === 'ProblemFilter' && String(entry.msg).includes(requestId));
      expect(stack).toMatchObject({
        level: 50,
        msg: `POST /families failed (requestId ${requestId}, correlationId log-test-500)`,
        stack: expect.stringContaining('disk on fire'),
      });
    });

    it("carries Nest's own logs as JSON too", () => {
      expect(entries().some((entry) => entry.context === 'RoutesResolver' && typeof entry.msg === 'string')).toBe(true);
    });
  });
});
