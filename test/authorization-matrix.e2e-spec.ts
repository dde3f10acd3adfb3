import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAuthorizationDoc } from '../src/auth/authorization-matrix.cli';
import { Access, MatrixRow, authorizationMatrix } from '../src/auth/authorization-matrix';
import { ROLES, Role, TEAM_ROLES } from '../src/auth/roles';
import { caseWithTeam } from './support/case-requests';
import { OpenApiDocument, Schema, sampleOf } from './support/openapi-samples';
import { TestApp, createTestApp } from './support/test-app';

/** Every role against every route, with real ids of a case the caller is, or is not, on: 403 exactly where the matrix says. */
describe('the authorization matrix (e2e)', () => {
  let t: TestApp;
  let caseId: string;
  let familyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ caseId, familyId } = await caseWithTeam(
      t,
      TEAM_ROLES.map((role) => ({ workerId: `${role}-on`, role })),
    ));
  });
  afterAll(async () => t.close());

  it('docs/authorization.md is what the guards enforce (run `npm run authz` after changing access)', async () => {
    expect(readFileSync(join(__dirname, '..', 'docs', 'authorization.md'), 'utf8')).toBe(await generateAuthorizationDoc());
  });

  /** Real ids; a worker id is the caller's own unless the caller is the one not on the team. */
  const pathOf = (row: MatrixRow, sub: string) =>
    row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'caseId') return caseId;
      if (name === 'familyId') return familyId;
      if (name === 'workerId') return sub.endsWith('-off') ? 'someone-else' : sub;
      return name === 'name' ? 'no-such-projection' : randomUUID();
    });

  const document = JSON.parse(readFileSync(join(__dirname, '..', 'openapi', 'openapi.json'), 'utf8')) as OpenApiDocument;
  type PostOperation = { post?: { requestBody?: { content: Record<string, { schema: Schema }> } } };
  /** Case commands are authorized by the command engine, after validation: only a legal body reaches the access check. */
  const bodyOf = (row: MatrixRow) => {
    const schema = (document.paths[row.path] as PostOperation | undefined)?.post?.requestBody?.content['application/json']?.schema;
    return row.path.startsWith('/cases/{caseId}/') && schema ? asFacts(sampleOf(document, schema, {})) : {};
  };
  /** The sample fills every optional field; a narrative entry of kind fact may carry neither statedBy nor method. */
  const asFacts = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(asFacts);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).filter(
      ([key]) => !((value as { kind?: unknown }).kind === 'fact' && (key === 'statedBy' || key === 'method')),
    );
    return Object.fromEntries(entries.map(([key, field]) => [key, asFacts(field)]));
  };

  const call = async (row: MatrixRow, role: Role, sub: string) => {
    const token = await t.token(role, sub, role === 'integrator' ? 'feed webhooks statistics' : undefined);
    const request = t
      .http()
      [row.method.toLowerCase() as 'get' | 'post' | 'delete'](pathOf(row, sub))
      .set('Authorization', `Bearer ${token}`);
    // A command that passes its guards meets a stale If-Match (412) and changes nothing; the SSE stream a bad cursor (400).
    if (row.method === 'POST') return request.set('If-Match', '"999999"').send(bodyOf(row) as object);
    if (row.path === '/feed/stream') return request.set('Last-Event-ID', 'not-a-position');
    return request;
  };

  it('answers 403 exactly where the matrix refuses, for every role on every route', async () => {
    // Exports and report drafts are recorded (AuditTrailExported), reads are logged (CaseAccessed); nothing else.
    // Allowed calls that record by design, no body needed: exports, reads, a worker issuing or revoking their own feed token.
    const byDesign = "'AuditTrailExported', 'CaseAccessed', 'CalendarFeedTokenIssued', 'CalendarFeedTokenRevoked'";
    const facts = async () =>
      (await t.database.pool.query(`SELECT count(*)::int AS n FROM events WHERE type NOT IN (${byDesign})`)).rows[0].n as number;
    const before = await facts();
    const rows = authorizationMatrix(t.app).filter((row) => row.access.coordinator !== 'public');
    const mismatches: string[] = [];
    let requests = 0;
    const expectAccess = async (row: MatrixRow, role: Role, sub: string, allowed: boolean) => {
      const answer = await call(row, role, sub);
      requests++;
      if ((answer.status === 403) === allowed)
        mismatches.push(`${role} ${sub} ${row.method} ${row.path}: ${answer.status} ${answer.body?.code}`);
    };
    for (const row of rows) {
      for (const role of ROLES) {
        const access: Access = row.access[role];
        if (access === 'own') {
          await expectAccess(row, role, `${role}-on`, true);
          await expectAccess(row, role, `${role}-off`, false);
        } else {
          await expectAccess(row, role, `${role}-1`, access === 'yes');
        }
      }
    }
    console.log(`authorization matrix: ${rows.length} routes, ${requests} requests, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(await facts()).toBe(before);
  });
});
