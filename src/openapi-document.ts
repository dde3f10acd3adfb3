import { OpenAPIObject } from '@nestjs/swagger';
import { nameOperations } from './openapi-operation-ids';
import { PROBLEM_DESCRIPTIONS } from './common/api-problems';
import { PROBLEM_CONTENT_TYPE, problem } from './common/problem';
import { isUuidPathParam, problemCodesOf, recordedExampleOf, recordedStatusesOf } from './openapi-problem-codes';

/** Every tag the operations use, described once. */
export const TAGS: Record<string, string> = {
  health: 'Liveness and readiness, without a token',
  families: 'Households and their members',
  people: 'The person registry: search, identity, corrections, merges, access log',
  cases: 'A case from intake to closure: team, assessments, plan, measures, art. 403 steps, the court, supervision',
  deadlines: 'Statutory deadlines, lapsed and overdue first',
  calendar: "Each worker's private calendar feed and e-mail reminders",
  caseload: "Workers' caseloads",
  approvals: "The coordinator's inbox of acts submitted for approval",
  statistics: 'Counts without personal data',
  vocabulary: 'Labels of every enum value, in Italian and English',
  community: 'Partners, initiatives and reports (segnalazioni) of the community network',
  carers: 'Residential facilities and foster carers, with their occupancy',
  court: 'Signed exports, report drafts, checkpoints and keys a court can verify',
  access: 'Who read what, and break-glass access',
  integrations: 'The event feed, webhooks and the pseudonymised statistics export',
  admin: 'Read model rebuilds',
  operations: 'Metrics',
};

type Parameter = { in?: string; name?: string; required?: boolean; example?: unknown; schema?: { example?: unknown } };
type Answer = { description?: string; headers?: Record<string, object>; content?: Record<string, { schema?: { $ref?: string } }> };
type Operation = {
  responses?: Record<string, Answer>;
  parameters?: Parameter[];
  summary?: string;
  description?: string;
  security?: unknown[];
  'x-public'?: boolean;
};

/** Every operation of the document, with its path and method: what each step below walks. */
const operationsOf = (document: OpenAPIObject): Array<{ path: string; method: string; operation: Operation }> =>
  Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation && typeof operation === 'object' && 'responses' in operation)
      .map(([method, operation]) => ({ path, method, operation })),
  );

const markUuidPathParams = (document: OpenAPIObject): OpenAPIObject => {
  for (const { operation } of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in === 'path' && parameter.name && isUuidPathParam(parameter.name)) {
        parameter.schema = { ...parameter.schema, format: 'uuid' } as Parameter['schema'];
      }
    }
  }
  return document;
};

/**
 * Every operation needs a bearer token except those marked @Public() (x-public): health, the audit keys, /verify,
 * calendar feeds with their own token, /metrics (its own token or loopback). The marker is turned into `security`.
 */
const declareSecurity = (document: OpenAPIObject): OpenAPIObject => {
  for (const { operation } of operationsOf(document)) {
    if (operation['x-public']) {
      delete operation['x-public'];
      if (!operation.security) operation.security = [];
    } else if (!operation.security) operation.security = [{ bearer: [] }];
  }
  return document;
};

/**
 * Swagger UI's "Try it out" fills every parameter that has an example: an optional filter would then narrow the
 * answer without the user asking, and consistentWith would wait for a position that does not exist. Optional query
 * parameters therefore carry none; required ones keep theirs.
 */
const quietOptionalExamples = (document: OpenAPIObject): OpenAPIObject => {
  for (const { operation } of operationsOf(document)) {
    for (const parameter of operation.parameters ?? []) {
      if (parameter.in !== 'query' || parameter.required) continue;
      delete parameter.example;
      if (parameter.schema) delete parameter.schema.example;
    }
  }
  return document;
};

const ETAG = {
  description: 'The revision of the stream, quoted ("3"): send it back as If-Match',
  schema: { type: 'string', example: '"3"' },
};
const LOCATION = { description: 'Where the created resource is read', schema: { type: 'string', format: 'uri-reference' } };

/**
 * The headers every command and resource sets, declared where they are set: ETag on each command's answer
 * (commandResult) and on a resource read by its id; Location on the creation of a resource that has its own URL.
 */
const declareHeaders = (document: OpenAPIObject): OpenAPIObject => {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const itemOf = (path: string) =>
    Object.keys(paths).find((p) => p.startsWith(`${path}/{`) && /^\{\w+Id\}$/.test(p.slice(path.length + 1)));
  for (const { path, method, operation } of operationsOf(document)) {
    const item = itemOf(path);
    for (const [status, answer] of Object.entries(operation.responses ?? {})) {
      const schema = answer.content?.['application/json']?.schema?.$ref ?? '';
      const headers: Record<string, object> = { ...answer.headers };
      if (schema.endsWith('/CommandResultDto')) headers.ETag = ETAG;
      if (method === 'post' && status === '201' && item && paths[item].get) headers.Location = LOCATION;
      if (Object.keys(headers).length > 0) answer.headers = headers;
    }
  }
  for (const [path, item] of Object.entries(paths)) {
    const collection = path.slice(0, path.lastIndexOf('/'));
    const read = item.get?.responses?.['200'];
    const created = paths[collection]?.post?.responses?.['201']?.headers;
    // A resource kept as a stream: created by a command (ETag and Location), read with its revision.
    if (read && itemOf(collection) === path && created?.Location && created.ETag) read.headers = { ...read.headers, ETag: ETAG };
  }
  return document;
};

const PROBLEM_SCHEMA = '#/components/schemas/ProblemDto';

/**
 * Each error status of each operation names its codes, as an enum on `code`, with one example the service really
 * gave (recorded from the test suite), or else the shared code of that status. Statuses the service was seen to
 * answer beyond those the decorators declare (415 on a body of another type) are added.
 */
const describeProblems = (document: OpenAPIObject): OpenAPIObject => {
  for (const { path, method, operation } of operationsOf(document)) {
    const responses = operation.responses;
    if (!responses) continue;
    const key = `${method.toUpperCase()} ${path}`;
    const named = (place: string) => (operation.parameters ?? []).filter((p) => p.in === place).map((p) => p.name ?? '');
    const facts = {
      query: named('query'),
      headers: named('header'),
      text: [operation.summary, operation.description, ...Object.values(responses).map((a) => a.description)].join(' '),
    };
    const declared = Object.entries(responses).filter(([, answer]) => answer.content?.[PROBLEM_CONTENT_TYPE]);
    const statuses = new Set([...declared.map(([status]) => Number(status)), ...recordedStatusesOf(key)]);
    for (const status of [...statuses].sort()) {
      const codes = problemCodesOf(key, status, facts);
      // A 404 with no code is one a list or a search declared by habit: it has nothing to miss.
      if (codes.length === 0 && status === 404) delete responses[status];
      if (codes.length === 0) continue;
      const recorded = recordedExampleOf(key, status);
      const example = problem(status, recorded?.code ?? codes[0], recorded?.detail ?? PROBLEM_DESCRIPTIONS[status] ?? codes[0]);
      const schema = { allOf: [{ $ref: PROBLEM_SCHEMA }, { type: 'object', properties: { code: { type: 'string', enum: codes } } }] };
      const description = responses[status]?.description ?? PROBLEM_DESCRIPTIONS[status] ?? example.title;
      responses[status] = { description, content: { [PROBLEM_CONTENT_TYPE]: { schema, example } } } as Answer;
    }
  }
  return document;
};

/** What the decorators cannot say: uuid path ids, security from @Public(), headers, named operations, quiet optional filters. */
export const finishDocument = (document: OpenAPIObject): OpenAPIObject =>
  nameOperations(quietOptionalExamples(describeProblems(declareHeaders(markUuidPathParams(declareSecurity(document))))));
