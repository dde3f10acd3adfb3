import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../src/auth/roles';
import { Operation, Probe, fillPath, operationsOf, probesFor } from './support/bad-input-corpus';
import { caseClient } from './support/case-requests';
import { KnownIds, OpenApiDocument } from './support/openapi-samples';
import { TestApp, countEvents, createTestApp } from './support/test-app';

const document: OpenApiDocument = JSON.parse(readFileSync(join(__dirname, '..', 'openapi', 'openapi.json'), 'utf8'));
// Operations with nothing to send (no parameter, no body: health, keys, the verify page) are counted, not probed.
const operations = operationsOf(document).map((operation, index) => ({ operation, index }));
const probed = operations.filter(({ operation, index }) => probesFor(document, operation, {}, index).length > 0);

// The first role that may call an operation: coordinator for case work, court liaison for court reads, and so on.
const ROLES: Array<[Role, string | undefined]> = [
  ['coordinator', undefined],
  ['court-liaison', undefined],
  ['admin', undefined],
  ['integrator', 'feed webhooks statistics'],
];
const BATCH = 8;

/** Probes an endpoint documents as valid input: excused, and counted in the tally. */
const ACCEPTED_BY_DESIGN: Array<{ operation: string; label: RegExp; why: string }> = [
  {
    operation: 'GET /deadlines',
    label: /^query dueBefore: invalid instant "2026-11-10T10:00:00"$/,
    why: 'a time without offset is Rome wall-clock time',
  },
];
const excused = (operation: Operation, probe: Probe) =>
  ACCEPTED_BY_DESIGN.some((rule) => rule.operation === `${operation.method} ${operation.path}` && rule.label.test(probe.label));

type Answer = { status: number; contentType: string; body: { status?: unknown; code?: unknown } };

/** Every operation of openapi/openapi.json, fed bad input: a 4xx problem+json each time, never a 5xx, never an event. */
describe('the bad-input corpus, generated from the OpenAPI document (e2e)', () => {
  let t: TestApp;
  let seeded: KnownIds = {};
  const tokens = new Map<Role, string>();
  const byStatus = new Map<string, number>();
  const byExpectation = { refused: 0, 'no-5xx': 0, excused: 0 };
  const byRole = new Map<Role, number>();

  beforeAll(async () => {
    t = await createTestApp();
    for (const [role, scope] of ROLES) tokens.set(role, await t.token(role, role === 'coordinator' ? 'carla' : `${role}-1`, scope));
    const api = caseClient(t, `Bearer ${tokens.get('coordinator')}`);
    const household = await api.household();
    const caseId = await api.open(household);
    seeded = {
      caseId,
      familyId: household.familyId,
      memberId: household.minorId,
      minorId: household.minorId,
      requesterId: household.parentId,
      workerId: 'carla',
    };
  });
  afterAll(async () => {
    const total = [...byStatus.values()].reduce((a, b) => a + b, 0);
    const statuses = [...byStatus.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${status}: ${n}`);
    console.log(
      `bad-input corpus: ${total} requests over ${probed.length} of ${operations.length} operations ` +
        `(${byExpectation.refused} must be refused, ${byExpectation['no-5xx']} legal text in free-text fields, ` +
        `${byExpectation.excused} accepted by design)\n  by status: ${statuses.join(', ')}\n  operations by role: ` +
        [...byRole.entries()].map(([role, n]) => `${role}: ${n}`).join(', ') +
        ACCEPTED_BY_DESIGN.map((rule) => `\n  accepted by design: ${rule.operation} ${rule.label.source} (${rule.why})`).join(''),
    );
    await t?.close();
  });

  const send = async (operation: Operation, probe: Probe, token: string): Promise<Answer> => {
    const url = fillPath(operation, seeded, probe.path) + (probe.query ? `?${probe.query}` : '');
    let request = (operation.method === 'GET' ? t.http().get(url) : t.http().post(url))
      .set('Authorization', `Bearer ${token}`)
      .set(probe.headers);
    if (probe.body) request = request.set('Content-Type', probe.body.contentType).send(probe.body.raw);
    try {
      const answer = await request.timeout({ deadline: 15_000 });
      return { status: answer.status, contentType: answer.headers['content-type'] ?? '', body: answer.body ?? {} };
    } catch (error) {
      return { status: 0, contentType: '', body: { code: `no answer: ${(error as Error).message}` } };
    }
  };

  const roleFor = async (operation: Operation): Promise<Role> => {
    const discovery: Probe = {
      label: 'role',
      expect: 'refused',
      path: {},
      query: 'unexpectedParameter=1',
      headers: {},
      body: { raw: '[]', contentType: 'application/json' },
    };
    for (const [role] of ROLES) {
      const answer = await send(operation, operation.method === 'GET' ? { ...discovery, body: undefined } : discovery, tokens.get(role)!);
      if (answer.status !== 403 || !['FORBIDDEN_ROLE', 'MISSING_SCOPE'].includes(String(answer.body.code))) return role;
    }
    return 'coordinator';
  };

  const verdict = (probe: Probe, answer: Answer): string | undefined => {
    const problem =
      /^application\/problem\+json/.test(answer.contentType) &&
      answer.body.status === answer.status &&
      typeof answer.body.code === 'string';
    if (answer.status >= 500 || answer.status === 0) return `${answer.status} ${String(answer.body.code ?? '')}`;
    if (probe.expect === 'refused' && (answer.status < 400 || !problem))
      return `${answer.status} ${answer.contentType} (bad input accepted or not a problem)`;
    if (answer.status >= 400 && !problem) return `${answer.status} ${answer.contentType} (not a problem+json)`;
    return undefined;
  };

  it.each(probed.map(({ operation, index }) => [`${operation.method} ${operation.path}`, operation, index] as const))(
    '%s',
    async (_name, operation, index) => {
      const probes = probesFor(document, operation, seeded, index);
      const role = await roleFor(operation);
      byRole.set(role, (byRole.get(role) ?? 0) + 1);
      const token = tokens.get(role)!;
      const before = await countEvents(t);
      const failures: string[] = [];
      for (let start = 0; start < probes.length; start += BATCH) {
        const batch = probes.slice(start, start + BATCH);
        const answers = await Promise.all(batch.map((probe) => send(operation, probe, token)));
        batch.forEach((probe, i) => {
          byStatus.set(String(answers[i].status), (byStatus.get(String(answers[i].status)) ?? 0) + 1);
          const excuse = excused(operation, probe);
          byExpectation[excuse ? 'excused' : probe.expect] += 1;
          const wrong = verdict(excuse ? { ...probe, expect: 'no-5xx' } : probe, answers[i]);
          if (wrong) failures.push(`${probe.label} -> ${wrong}`);
        });
      }
      const appended = (await countEvents(t)) - before;
      expect({ failures, appended }).toEqual({ failures: [], appended: 0 });
    },
  );
});
