import { RECORDED_PROBLEM_CODES } from './openapi-problem-codes.recorded';

/** Path ids are UUIDs, checked by UuidParam (400 INVALID_ID); worker ids are token subjects, projection names words. */
export const isUuidPathParam = (name: string): boolean => name.endsWith('Id') && name !== 'workerId';

/** Codes of the HTTP layer, not of a rule: any operation that answers the status may give them. */
export const SHARED_PROBLEM_CODES: Record<number, readonly string[]> = {
  400: ['VALIDATION_FAILED', 'MALFORMED_JSON', 'BODY_TOO_DEEP', 'RESERVED_KEY', 'INVALID_CHARACTERS', 'BAD_REQUEST'],
  401: ['UNAUTHENTICATED'],
  403: ['FORBIDDEN_ROLE', 'MISSING_SCOPE', 'CORS_ORIGIN_NOT_ALLOWED'],
  409: ['CONCURRENT_MODIFICATION', 'IDEMPOTENCY_KEY_IN_PROGRESS'],
  412: ['REVISION_MISMATCH'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  422: ['IDEMPOTENCY_KEY_REUSED'],
  429: ['RATE_LIMITED'],
  503: ['EVENT_STORE_UNAVAILABLE', 'READ_MODEL_NOT_READY'],
};

/** What a missing path id answers: every operation on a case may find no case, and so on down its path. */
const MISSING_PATH_ID: Record<string, string> = {
  caseId: 'CASE_NOT_FOUND',
  familyId: 'FAMILY_NOT_FOUND',
  personId: 'PERSON_NOT_FOUND',
  memberId: 'MEMBER_NOT_FOUND',
  relationId: 'RELATION_NOT_FOUND',
  assessmentId: 'ASSESSMENT_NOT_FOUND',
  planId: 'SUPPORT_PLAN_NOT_FOUND',
  interventionId: 'INTERVENTION_NOT_FOUND',
  measureId: 'MEASURE_NOT_FOUND',
  placementId: 'PLACEMENT_NOT_FOUND',
  approvalId: 'APPROVAL_NOT_FOUND',
  partnerId: 'PARTNER_NOT_FOUND',
  initiativeId: 'INITIATIVE_NOT_FOUND',
  reportId: 'REPORT_NOT_FOUND',
  facilityId: 'FACILITY_NOT_FOUND',
  fosterCarerId: 'FOSTER_CARER_NOT_FOUND',
  checkpointId: 'CHECKPOINT_NOT_FOUND',
  subscriptionId: 'SUBSCRIPTION_NOT_FOUND',
  deliveryId: 'DELIVERY_NOT_FOUND',
  rebuildId: 'REBUILD_NOT_FOUND',
  name: 'PROJECTION_NOT_FOUND',
};

/** What an operation says of itself: its parameters, and the codes its own words name ("409 PARTNER_INACTIVE"). */
export interface OperationFacts {
  query: string[];
  headers: string[];
  text: string;
}

/** Codes an operation answers because of its path, its query or its own description. */
const declaredCodes = (operation: string, status: number, facts: OperationFacts): string[] => {
  const params = [...operation.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  const named = [...facts.text.matchAll(new RegExp(`\\b${status} ([A-Z][A-Z0-9_]{3,})`, 'g'))].map((match) => match[1]);
  if (status === 404) return [...params.flatMap((param) => MISSING_PATH_ID[param] ?? []), ...named];
  if (status !== 400) return named;
  return [
    ...(params.some(isUuidPathParam) ? ['INVALID_ID'] : []),
    ...(facts.query.includes('consistentWith') ? ['INVALID_POSITION'] : []),
    ...(facts.query.includes('cursor') ? ['INVALID_CURSOR'] : []),
    ...(facts.headers.includes('Idempotency-Key') ? ['INVALID_IDEMPOTENCY_KEY'] : []),
    ...named,
  ];
};

/** An operation's own codes for one status, with an answer the service gave (its detail is the example's). */
export interface RecordedProblem {
  code: string;
  detail: string;
}

/**
 * The codes each operation answers, by status: those of its rules, as the test suite saw the service answer them
 * (`npm run problem-codes` records a run into `openapi-problem-codes.recorded.ts`), those of its path and query, those its description names, and the shared ones.
 */
export const problemCodesOf = (operation: string, status: number, facts: OperationFacts): string[] => [
  ...new Set([
    ...(RECORDED_PROBLEM_CODES[operation]?.[status] ?? []).map((p) => p.code),
    ...declaredCodes(operation, status, facts),
    ...(SHARED_PROBLEM_CODES[status] ?? []),
  ]),
];

export const recordedStatusesOf = (operation: string): number[] => Object.keys(RECORDED_PROBLEM_CODES[operation] ?? {}).map(Number);

export const recordedExampleOf = (operation: string, status: number): RecordedProblem | undefined =>
  RECORDED_PROBLEM_CODES[operation]?.[status]?.[0];
