import { OpenAPIObject } from '@nestjs/swagger';
import { nameOperations } from './openapi-operation-ids';

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

/** Path ids are UUIDs, checked by UuidParam (400 INVALID_ID); worker ids are token subjects, projection names words. */
const isUuidPathParam = (name: string): boolean => name.endsWith('Id') && name !== 'workerId';

const markUuidPathParams = (document: OpenAPIObject): OpenAPIObject => {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ parameters?: Array<{ in?: string; name?: string; schema?: object }> }>) {
      for (const parameter of (operation && typeof operation === 'object' && operation.parameters) || []) {
        if (parameter.in === 'path' && parameter.name && isUuidPathParam(parameter.name)) {
          parameter.schema = { ...parameter.schema, format: 'uuid' };
        }
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
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<Record<string, unknown>>) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      if (operation['x-public']) {
        delete operation['x-public'];
        if (!operation.security) operation.security = [];
      } else if (!operation.security) operation.security = [{ bearer: [] }];
    }
  }
  return document;
};

type Parameter = { in?: string; name?: string; required?: boolean; example?: unknown; schema?: { example?: unknown } };

/**
 * Swagger UI's "Try it out" fills every parameter that has an example: an optional filter would then narrow the
 * answer without the user asking, and consistentWith would wait for a position that does not exist. Optional query
 * parameters therefore carry none; required ones keep theirs.
 */
const quietOptionalExamples = (document: OpenAPIObject): OpenAPIObject => {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as Array<{ parameters?: Parameter[] }>) {
      for (const parameter of (operation && typeof operation === 'object' && operation.parameters) || []) {
        if (parameter.in !== 'query' || parameter.required) continue;
        delete parameter.example;
        if (parameter.schema) delete parameter.schema.example;
      }
    }
  }
  return document;
};

/** What the decorators cannot say: uuid path ids, security from @Public(), named operations, quiet optional filters. */
export const finishDocument = (document: OpenAPIObject): OpenAPIObject =>
  nameOperations(quietOptionalExamples(markUuidPathParams(declareSecurity(document))));
