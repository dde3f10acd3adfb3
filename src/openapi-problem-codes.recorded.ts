import type { RecordedProblem } from './openapi-problem-codes';

/** Written by `npm run problem-codes` from a recorded test run; edit by recording again, not by hand. */
export const RECORDED_PROBLEM_CODES: Record<string, Record<number, RecordedProblem[]>> = {
  'DELETE /subscriptions/{subscriptionId}': {
    '403': [],
    '404': [{ code: 'SUBSCRIPTION_NOT_FOUND', detail: 'Subscription cbd0c2e0-7971-49d1-99ea-29052768e280 does not exist' }],
  },
  'DELETE /workers/{workerId}/calendar-token': {
    '403': [{ code: 'NOT_YOUR_CALENDAR', detail: 'Only the worker may manage their own calendar and reminders' }],
  },
  'DELETE /workers/{workerId}/reminder-settings': {
    '403': [{ code: 'NOT_YOUR_CALENDAR', detail: 'Only the worker may manage their own calendar and reminders' }],
  },
  'GET /admin/projections': { '403': [] },
  'GET /admin/projections/rebuilds/{rebuildId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'REBUILD_NOT_FOUND', detail: 'Rebuild 596df5ca-dbbd-4162-ba1c-98db28e29a4a does not exist' }],
  },
  'GET /approvals': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /audit/checkpoints/latest': { '403': [], '404': [{ code: 'CHECKPOINT_NOT_FOUND', detail: 'checkpoint latest does not exist' }] },
  'GET /audit/checkpoints/{checkpointId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'CHECKPOINT_NOT_FOUND', detail: 'checkpoint c23294f6-f7a0-4e84-b6a8-44d177a4f54e does not exist' }],
  },
  'GET /audit/keys': { '429': [] },
  'GET /caseload': { '400': [{ code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' }], '403': [] },
  'GET /cases': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '401': [],
    '403': [],
    '429': [],
    '503': [{ code: 'IDENTITY_PROVIDER_UNAVAILABLE', detail: 'The identity provider’s signing keys cannot be read; retry later' }],
  },
  'GET /cases/{caseId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '401': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 28799158-5a5b-42d1-b31e-096b3ba4e7d6, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [
      {
        code: 'CASE_NOT_FOUND',
        detail: 'case af8571a5-8f9c-40c1-8923-532c7fa7f4be did not exist at 2026-11-22T01:03:02.642Z on the recorded axis',
      },
    ],
  },
  'GET /cases/{caseId}/access-log': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /cases/{caseId}/audit-trail': {
    '400': [
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_RANGE', detail: 'The period starts (2026-05-01T00:00:00Z) after it ends (2026-04-01T00:00:00Z)' },
    ],
    '401': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 0e1416cc-3d80-4553-9f3e-57595271150a, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'case 1e9209d9-baa7-4857-b90c-24d801a4f6e2 does not exist' }],
  },
  'GET /cases/{caseId}/audit-trail/verification': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
  },
  'GET /cases/{caseId}/entries': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
  },
  'GET /cases/{caseId}/events': {
    '400': [
      { code: 'CURSOR_WITH_FROM', detail: 'give either from (a revision) or cursor (the next of a page), not both' },
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 28799158-5a5b-42d1-b31e-096b3ba4e7d6, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'case 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
  },
  'GET /cases/{caseId}/family-map': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
  },
  'GET /cases/{caseId}/report-draft': {
    '400': [
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_RANGE', detail: 'The period starts (2026-05-01T00:00:00Z) after it ends (2026-04-01T00:00:00Z)' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 28799158-5a5b-42d1-b31e-096b3ba4e7d6, whoever opened it, and coordinators may work on it',
      },
    ],
  },
  'GET /cases/{caseId}/timeline': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '401': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 28799158-5a5b-42d1-b31e-096b3ba4e7d6, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'Case efdade0f-b340-4004-9b32-18f8f08d5024 does not exist' }],
  },
  'GET /community/reports': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /community/reports/{reportId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'REPORT_NOT_FOUND', detail: 'Report 11c757d5-0e26-4411-a5cb-f8010e2e0b94 does not exist' }],
  },
  'GET /community/statistics': {
    '400': [
      { code: 'INVALID_PERIOD', detail: 'from must not be after to' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /deadlines': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '401': [],
    '403': [],
  },
  'GET /exports/statistics': {
    '400': [
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
      { code: 'INVALID_RANGE', detail: 'The period starts (2026-11-29) after it ends (2026-11-28)' },
    ],
    '401': [],
    '403': [],
  },
  'GET /facilities': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /facilities/{facilityId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'FACILITY_NOT_FOUND', detail: 'Facility 6c249b1e-758f-47b6-88f9-6cad79e54635 does not exist' }],
  },
  'GET /families': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /families/{familyId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '404': [{ code: 'FAMILY_NOT_FOUND', detail: 'Family 00000000-0000-4000-8000-000000000000 does not exist' }],
  },
  'GET /families/{familyId}/access-log': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /families/{familyId}/events': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
    ],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '404': [{ code: 'FAMILY_NOT_FOUND', detail: 'Family 031c1dda-a2d7-4ac6-8900-4d2dd5d876dd does not exist' }],
  },
  'GET /feed': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'The cursor is not a position this feed gave out: pass a next, position or id as is' },
      { code: 'UNKNOWN_EVENT_TYPE', detail: "Unknown event type: \"' OR '1'='1' --\"" },
    ],
    '401': [],
    '403': [],
  },
  'GET /feed/stream': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'The cursor is not a position this feed gave out: pass a next, position or id as is' },
      { code: 'UNKNOWN_EVENT_TYPE', detail: 'Unknown event type: "case.opened.v9"' },
    ],
    '403': [],
  },
  'GET /foster-carers': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /foster-carers/{fosterCarerId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'FOSTER_CARER_NOT_FOUND', detail: 'Foster carer 497d6a90-9f0c-4572-a888-8356916c323f does not exist' }],
  },
  'GET /initiatives': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /initiatives/{initiativeId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'INITIATIVE_NOT_FOUND', detail: 'Initiative 208ae653-e6eb-435a-bdfa-9524a9ac8f94 does not exist' }],
  },
  'GET /metrics': {
    '401': [],
    '403': [
      { code: 'METRICS_LOOPBACK_ONLY', detail: 'Without METRICS_TOKEN, /metrics answers only clients on this host, not through a proxy' },
    ],
  },
  'GET /partners': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /partners/{partnerId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'PARTNER_NOT_FOUND', detail: 'Partner a612c312-f822-4140-96fd-2d60306ee90f does not exist' }],
  },
  'GET /people': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /people/{personId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'PERSON_NOT_VISIBLE',
        detail: 'Person 147dc9a5-abb2-41d7-b833-69647daf28e1 is reachable only through a household you may see',
      },
    ],
    '404': [{ code: 'PERSON_NOT_FOUND', detail: 'Person 0e88e383-5a95-445f-a703-42d602dac99c does not exist' }],
  },
  'GET /people/{personId}/access-log': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '403': [],
  },
  'GET /statistics': {
    '400': [
      { code: 'INVALID_PERIOD', detail: 'from must not be after to' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
    ],
    '401': [],
    '403': [],
  },
  'GET /subscriptions': { '401': [], '403': [] },
  'GET /subscriptions/{subscriptionId}': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'SUBSCRIPTION_NOT_FOUND', detail: 'Subscription be59a42b-2599-4b22-80ff-738c7527674a does not exist' }],
  },
  'GET /subscriptions/{subscriptionId}/deliveries': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'SUBSCRIPTION_NOT_FOUND', detail: 'Subscription 60bfc8ce-e4f4-47b5-b9af-fd73b74c56fd does not exist' }],
  },
  'GET /vocabulary': { '400': [] },
  'GET /workers/{workerId}/calendar.ics': {
    '400': [{ code: 'INVALID_WORKER_ID', detail: 'The worker id in the path must be 1-100 letters, digits or . _ @ -' }],
    '404': [{ code: 'CALENDAR_FEED_NOT_FOUND', detail: 'No calendar feed answers at this address' }],
  },
  'GET /workers/{workerId}/caseload': {
    '400': [
      { code: 'INVALID_CURSOR', detail: 'cursor is not one this endpoint gave out' },
      { code: 'INVALID_POSITION', detail: 'consistentWith is not a position this service gave out' },
      { code: 'INVALID_WORKER_ID', detail: 'The worker id in the path must be 1-100 letters, digits or . _ @ -' },
    ],
    '401': [],
    '403': [{ code: 'NOT_YOUR_CASELOAD', detail: 'Team members may read only their own caseload' }],
  },
  'POST /admin/projections/{name}/rebuild': {
    '400': [],
    '403': [],
    '404': [
      {
        code: 'PROJECTION_NOT_FOUND',
        detail:
          'Projection no-such-projection does not exist; known projections: case_list, deadlines, case_timeline, caseload, statistics, audit_stream_heads, statistics_export, access_log, community, people, carers, approvals',
      },
    ],
  },
  'POST /cases': {
    '400': [{ code: 'OCCURRED_AT_IN_FUTURE', detail: 'occurredAt 2026-12-01T01:09:04.070Z lies in the future' }],
    '403': [],
    '404': [
      { code: 'FAMILY_NOT_FOUND', detail: 'family 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' },
      { code: 'PARTNER_NOT_FOUND', detail: 'Partner 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' },
      { code: 'REPORT_NOT_FOUND', detail: 'Report 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' },
    ],
    '409': [
      {
        code: 'CASE_ALREADY_OPEN',
        detail: 'minor 93639efb-f269-45a3-990c-be1c1222880e already has an open case: ae31f0ca-d949-4a61-9faf-6534dba3369b',
      },
      { code: 'MEMBER_NOT_A_MINOR', detail: 'family member acd7ef7a-1789-42e8-aaa8-63d30c7cc88c has role parent, not minor' },
      {
        code: 'MINOR_NOT_IN_FAMILY',
        detail: 'person 0f8fad5b-d9cb-469f-a165-70867728950e is not a member of family dbdd0e0b-3a91-4802-bac5-889436015ff0',
      },
      {
        code: 'MINOR_OVER_AGE_LIMIT',
        detail: 'the minor 85a59ee4-945e-4e48-bb47-a4fabe97f85b is past the age limit (2026-11-23) on that date',
      },
      { code: 'PARTNER_INACTIVE', detail: 'Partner bf0efe1e-eb83-49dc-88a0-8cee066a2e78 is deactivated' },
      { code: 'REQUESTER_NOT_ELIGIBLE', detail: 'a spontaneous request comes from a parent, a guardian or the minor, not a other-adult' },
    ],
  },
  'POST /cases/{caseId}/access-grants': {
    '400': [
      { code: 'GRANT_REASON_REQUIRED', detail: 'a grant needs a reason of 1 to 1000 characters' },
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
    ],
    '403': [],
    '409': [{ code: 'ACCESS_GRANT_NEEDLESS', detail: 'alice is already on this case and needs no grant' }],
    '412': [],
  },
  'POST /cases/{caseId}/access-grants/{workerId}/revocation': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [{ code: 'ACCESS_GRANT_NOT_FOUND', detail: 'dario holds no running grant on this case' }],
    '412': [],
  },
  'POST /cases/{caseId}/approvals': {
    '400': [{ code: 'APPROVAL_SUBJECT_MISSING', detail: 'a support-plan submission names planId' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/approvals/{approvalId}/decision': {
    '400': [{ code: 'REASON_REQUIRED', detail: 'a returned act says what to change: reason' }],
    '403': [],
    '412': [],
  },
  'POST /cases/{caseId}/assessments': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/assessments/{assessmentId}/completion': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/assessments/{assessmentId}/entries': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'ASSESSMENT_NOT_FOUND', detail: 'assessment 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '412': [],
  },
  'POST /cases/{caseId}/case-manager': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'CASE_MANAGER_NOT_A_MEMBER', detail: 'the case manager must be a current team member; nobody is not' }],
    '412': [],
  },
  'POST /cases/{caseId}/child-hearings': {
    '400': [
      { code: 'HEARING_WITHOUT_WORDS', detail: "A hearing records the child's words or wishes: at least one of them" },
      { code: 'OCCURRED_AT_IN_FUTURE', detail: 'occurredAt 2099-01-01T10:00:00+01:00 lies in the future' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/closure': {
    '400': [
      { code: 'INVALID_ID', detail: 'The id in the path must be a UUID' },
      { code: 'INVALID_IF_MATCH', detail: 'If-Match must be a revision ETag such as "3", or *' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'case 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [
      { code: 'APPROVAL_REQUIRED', detail: 'this service has the coordinator approve the closure first: POST …/approvals' },
      { code: 'CASE_CLOSED', detail: 'case 9e12a265-636d-45ad-8e48-de6918992d6c is closed' },
      {
        code: 'MEASURES_IN_FORCE',
        detail: 'end each measure in force first (protection-measures/{id}/end), or close as transferred naming the receivingService',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/contacts': {
    '400': [
      { code: 'DATE_BEFORE_BIRTH', detail: 'occurredAt 2010-03-01T10:00:00+01:00 lies before the minor was born (2021-11-19)' },
      { code: 'OCCURRED_AT_IN_FUTURE', detail: 'occurredAt 2026-11-30T01:09:04.485Z lies in the future' },
      {
        code: 'TARGET_NOT_IN_FAMILY',
        detail: "Person 33096741-9a6b-47dc-b1d5-ec4c82427ac1 is not a current member of the case's household",
      },
    ],
    '401': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case 28799158-5a5b-42d1-b31e-096b3ba4e7d6, whoever opened it, and coordinators may work on it',
      },
      { code: 'RESTRICTION_NOT_YOUR_DISCIPLINE', detail: 'Only a worker of the psychological discipline may restrict an entry to it' },
    ],
    '409': [
      { code: 'CASE_CLOSED', detail: 'case 9e12a265-636d-45ad-8e48-de6918992d6c is closed' },
      {
        code: 'MINOR_OVER_AGE_LIMIT',
        detail: 'the minor 3d98efaf-6c80-427c-bffa-50d25b304bf5 is past the age limit (2026-11-18) on that date',
      },
    ],
    '412': [],
    '422': [],
  },
  'POST /cases/{caseId}/court-hearings': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'PLACEMENT_NOT_FOUND', detail: 'emergency placement 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '412': [],
  },
  'POST /cases/{caseId}/court-reports': {
    '400': [{ code: 'REPORT_RANGE_BEYOND_STREAM', detail: 'the case has no event at revision 10000' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'REPORT_HEAD_HASH_MISMATCH', detail: "the hash given for revision 0 is not the stream's hash there" }],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements': {
    '400': [
      { code: 'OCCURRED_AT_IN_FUTURE', detail: 'occurredAt 2026-11-30T01:09:04.717Z lies in the future' },
      { code: 'PLACED_WITH_REQUIRED', detail: 'a community placement names where the child is: placedWith.facilityId' },
      { code: 'WITH_PARENT_REQUIRED', detail: 'a mother–child community placement names the parent placed with the child: withParent' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'FACILITY_NOT_FOUND', detail: 'Facility 00000000-0000-4000-8000-0000000000aa does not exist' }],
    '409': [
      { code: 'AFFIDO_KIND_NOT_ACCEPTED', detail: 'foster carer 0b4b6a25-05a5-439a-99fa-71fb3792da4b does not accept emergency affido' },
      { code: 'FACILITY_CLOSED', detail: 'Facility 91ce7fb6-08e4-482a-a47d-89db93cf2a23 is closed' },
      {
        code: 'PARENT_NOT_IN_FAMILY',
        detail: "person 33096741-9a6b-47dc-b1d5-ec4c82427ac1 is not a parent in the case's family 4e045b51-fb1b-4179-86bd-3a34c062a8fe",
      },
      { code: 'PLACE_KIND_MISMATCH', detail: 'a mother-child-community placement cannot be with a pronta-accoglienza' },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/notification': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'PLACEMENT_NOT_FOUND', detail: 'emergency placement 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [{ code: 'PLACEMENT_ALREADY_NOTIFIED', detail: 'emergency placement 18199756-619f-432e-a22b-1e3c3f2d8f61 is already notified' }],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/oral-notice': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/review': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [
      {
        code: 'PLACEMENT_NOT_VALIDATED',
        detail:
          'emergency placement ffce8ba1-28cb-4e6f-b7d0-3aa91f4a932d: the TM reviews a validation after its hearing; record the validation first',
      },
      {
        code: 'REVIEW_BEFORE_HEARING',
        detail: 'emergency placement ffce8ba1-28cb-4e6f-b7d0-3aa91f4a932d: the review follows the hearing of 2026-11-06T10:00:00+01:00',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/revocation': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'PLACEMENT_ALREADY_DECIDED', detail: 'emergency placement 05dd0112-e637-4f7a-9b29-b1f7d87b6f79 is revoked' }],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/validation': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [
      {
        code: 'PLACEMENT_NOT_NOTIFIED',
        detail: 'placement 18199756-619f-432e-a22b-1e3c3f2d8f61: send the measure and acts to the PM first (notification)',
      },
      { code: 'VALIDATION_NOT_REQUESTED', detail: 'emergency placement 18199756-619f-432e-a22b-1e3c3f2d8f61: record the PM request first' },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/emergency-placements/{placementId}/validation-request': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [
      {
        code: 'PLACEMENT_NOT_NOTIFIED',
        detail: 'placement ffce8ba1-28cb-4e6f-b7d0-3aa91f4a932d: send the measure and acts to the PM first (notification)',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/judicial-mandates': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/judicial-mandates/end': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'MANDATE_ALREADY_ENDED', detail: 'the mandates of proceeding 6026/2026 R.G. have already ended' }],
    '412': [],
  },
  'POST /cases/{caseId}/judicial-mandates/modifications': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'MANDATE_NOT_FOUND', detail: 'no mandate of proceeding 1/1999 is on this case' }],
    '412': [],
  },
  'POST /cases/{caseId}/prosieguo': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'PROSIEGUO_BEYOND_21', detail: 'a prosieguo amministrativo may last at most to the 21st birthday (2029-11-19)' }],
    '412': [],
  },
  'POST /cases/{caseId}/protection-measures': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'LEGAL_BASIS_INCOMPATIBLE', detail: 'a emergency-placement rests on art-403-cc, not on art-333-cc' }],
    '412': [],
  },
  'POST /cases/{caseId}/protection-measures/{measureId}/end': {
    '400': [{ code: 'DECREE_REQUIRED', detail: 'an ordered measure ended before its term (2028-11-29) ends by a decree: give decree' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'MEASURE_NOT_FOUND', detail: 'protection measure 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [{ code: 'MEASURE_ALREADY_ENDED', detail: 'protection measure b47c0be3-e67d-4e2a-b410-2a8d056e5cec is already ended' }],
    '412': [],
  },
  'POST /cases/{caseId}/protection-measures/{measureId}/extensions': {
    '400': [
      {
        code: 'EXTENSION_NOT_BY_TM',
        detail: 'only the tribunale-per-i-minorenni extends an affido (L. 184/1983 art. 4 c. 4), not giudice-tutelare',
      },
      { code: 'EXTENSION_NOT_LATER', detail: 'an extension ends after the current term (2026-12-29), not on 2026-12-09' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [
      {
        code: 'MEASURE_TERM_EXPIRED',
        detail: 'protection measure 2b588af7-74d4-43a2-9d30-41fb45b12ce2 ended on 2026-11-24, before this decree: order a new measure',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/protection-measures/{measureId}/modifications': {
    '400': [
      { code: 'LATER_END_IS_EXTENSION', detail: 'ending on 2027-01-28, after the term 2026-12-29, is an extension: POST …/extensions' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/protection-measures/{measureId}/order': {
    '400': [
      { code: 'PARENTAL_CONSENT_REQUIRED', detail: 'a consensual affido needs the consent of a parent or guardian' },
      { code: 'PLACED_WITH_REQUIRED', detail: 'a foster-family placement names where the child is: placedWith.fosterCarerId' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/reopening': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'case 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [
      {
        code: 'CASE_ALREADY_OPEN',
        detail: 'minor 82e346d5-948d-4ee0-a74e-a5a7ef460383 already has an open case: e05f5b18-a9e8-4cd5-97ff-e9564c399b2b',
      },
      { code: 'CASE_NOT_CLOSED', detail: 'case 9e12a265-636d-45ad-8e48-de6918992d6c is not closed, so it cannot be reopened' },
      {
        code: 'MINOR_OVER_AGE_LIMIT',
        detail: 'the minor 85a59ee4-945e-4e48-bb47-a4fabe97f85b is past the age limit (2026-11-23) on that date',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans/{planId}/agreement': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '409': [{ code: 'APPROVAL_REQUIRED', detail: 'this service has the coordinator approve the support-plan first: POST …/approvals' }],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans/{planId}/closure': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans/{planId}/interventions': {
    '400': [
      { code: 'END_BEFORE_START', detail: 'expectedEndOn 2000-01-01 lies before 2026-11-29' },
      {
        code: 'TARGET_NOT_ADULT',
        detail: 'Person 040bcc6e-c6c1-467a-ad78-6fdac25c25f6 is a minor: this work is for an adult of the family',
      },
      {
        code: 'TARGET_NOT_IN_FAMILY',
        detail: "Person 33096741-9a6b-47dc-b1d5-ec4c82427ac1 is not a current member of the case's household",
      },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans/{planId}/interventions/{interventionId}/end': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'INTERVENTION_NOT_FOUND', detail: 'intervention 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '412': [],
  },
  'POST /cases/{caseId}/support-plans/{planId}/reviews': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'SUPPORT_PLAN_NOT_FOUND', detail: 'support plan 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '412': [],
  },
  'POST /cases/{caseId}/team-evaluations': {
    '400': [
      { code: 'AGREEMENT_NOT_BY_TEAM', detail: 'Only team members agree or disagree' },
      { code: 'CONTRIBUTION_NOT_THEIR_DISCIPLINE', detail: 'marco is a educator, not of the social discipline' },
    ],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
      { code: 'RESTRICTION_NOT_YOUR_DISCIPLINE', detail: 'Only a worker of the psychological discipline may restrict an entry to it' },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/team-members': {
    '400': [],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'case 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [
      {
        code: 'MINOR_OVER_AGE_LIMIT',
        detail: 'the minor 85a59ee4-945e-4e48-bb47-a4fabe97f85b is past the age limit (2026-11-23) on that date',
      },
    ],
    '412': [],
  },
  'POST /cases/{caseId}/team-members/{workerId}/release': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [
      {
        code: 'NOT_ON_CASE_TEAM',
        detail: 'Only the team of case b06719d2-0e01-4eb7-8acd-80b53b5bd91e, whoever opened it, and coordinators may work on it',
      },
    ],
    '404': [{ code: 'TEAM_MEMBER_NOT_FOUND', detail: 'not-a-uuid is not on the team' }],
    '412': [],
  },
  'POST /community/reports': {
    '400': [],
    '403': [],
    '404': [{ code: 'PARTNER_NOT_FOUND', detail: 'Partner 00000000-0000-4000-8000-000000000000 does not exist' }],
    '409': [{ code: 'PARTNER_INACTIVE', detail: 'Partner bf0efe1e-eb83-49dc-88a0-8cee066a2e78 is deactivated' }],
  },
  'POST /community/reports/{reportId}/screening': {
    '400': [],
    '403': [],
    '404': [{ code: 'CASE_NOT_FOUND', detail: 'Case 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [
      {
        code: 'CASE_NOT_FROM_REPORT',
        detail:
          'Case 4df86a7a-e103-4328-af78-d6702c87f4f7 was not opened from report 1dd120d5-33e1-488d-9f50-52f964d24b1f: its intake does not cite it',
      },
    ],
  },
  'POST /facilities': { '400': [], '403': [] },
  'POST /facilities/{facilityId}/capacity': { '400': [], '403': [], '412': [] },
  'POST /facilities/{facilityId}/closure': { '400': [], '403': [], '412': [] },
  'POST /families': {
    '400': [
      { code: 'MUNICIPALITY_NAME_MISMATCH', detail: 'ISTAT code 040012 is Forlì, not Cesena' },
      { code: 'MUNICIPALITY_UNKNOWN', detail: 'No current comune has ISTAT code 999999' },
    ],
    '401': [],
    '403': [],
    '409': [{ code: 'IDEMPOTENCY_KEY_IN_PROGRESS', detail: 'A request with this Idempotency-Key is still being processed' }],
    '422': [],
    '500': [{ code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred; it has been logged' }],
    '503': [],
  },
  'POST /families/{familyId}/members': {
    '400': [
      { code: 'BIRTH_DATE_IN_FUTURE', detail: 'Birth date 2999-01-01 is in the future' },
      {
        code: 'BIRTH_PLACE_INVALID',
        detail: 'birthPlace is either a comune { istatCode, name } or a state abroad { country } (ISO 3166-1 alpha-2, not IT)',
      },
      { code: 'FISCAL_CODE_INCONSISTENT', detail: "The fiscal code's birthDate part is 16E07, the person's birthDate gives 16E08" },
      { code: 'INVALID_FISCAL_CODE', detail: 'The fiscal code is not valid (shape or check character)' },
      { code: 'INVALID_IF_MATCH', detail: 'If-Match must be a revision ETag such as "3", or *' },
      { code: 'MUNICIPALITY_NAME_MISMATCH', detail: 'ISTAT code 058091 is Roma, not Milano' },
      { code: 'PERSON_LINK_WITH_DETAILS', detail: 'Give either personId or the person details, not both' },
    ],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '404': [
      { code: 'FAMILY_NOT_FOUND', detail: 'Family requested does not exist' },
      { code: 'PERSON_NOT_FOUND', detail: 'Person 4f0b8c1e-0000-4000-8000-000000000000 does not exist' },
    ],
    '409': [
      { code: 'ALREADY_A_MEMBER', detail: 'Person 65f72b10-d13d-4efa-b707-e048dbb9b1e5 is already a member of this household' },
      {
        code: 'PERSON_MERGED',
        detail: 'Person c41bfb5e-9db0-43cd-b548-301f8ff3be31 was merged into 65f72b10-d13d-4efa-b707-e048dbb9b1e5: use that record',
      },
      {
        code: 'PERSON_POSSIBLE_DUPLICATE',
        detail:
          'People with close names and the same birth date are registered: link one (personId) or confirm a new person (confirmNewPerson)',
      },
    ],
    '412': [],
  },
  'POST /families/{familyId}/members/{memberId}/corrections': {
    '400': [],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '412': [],
  },
  'POST /families/{familyId}/members/{memberId}/removal': {
    '400': [],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '412': [],
  },
  'POST /families/{familyId}/relations': {
    '400': [
      { code: 'RELATION_DETAILS_INVALID', detail: 'relative-of needs its degree (1 to 6)' },
      {
        code: 'RELATION_OUTSIDE_HOUSEHOLD',
        detail: 'Person 040bcc6e-c6c1-467a-ad78-6fdac25c25f6 is not a current member of this household',
      },
      { code: 'RELATION_TO_SELF', detail: 'A relation needs two different people' },
    ],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '409': [{ code: 'RELATION_ALREADY_RECORDED', detail: 'The same relation between these people is already current' }],
    '412': [],
  },
  'POST /families/{familyId}/relations/{relationId}/end': {
    '400': [{ code: 'RELATION_ENDS_BEFORE_START', detail: 'A relation cannot end before it started' }],
    '403': [
      {
        code: 'FAMILY_NOT_VISIBLE',
        detail: 'Household 48d459ba-f86d-4fc8-b199-808c2542bbd2 is reachable only through a case you work on, or by whoever registered it',
      },
    ],
    '412': [],
  },
  'POST /foster-carers': {
    '400': [],
    '403': [],
    '404': [{ code: 'FAMILY_NOT_FOUND', detail: 'family 00000000-0000-4000-8000-0000000000ab does not exist' }],
    '409': [
      {
        code: 'CARER_IS_A_MINOR',
        detail: 'family member 51bc8e14-6139-4e33-a9a7-e3613a3272df is a minor: only adults of the household are carers',
      },
      {
        code: 'CARER_NOT_IN_FAMILY',
        detail: 'person 27e1339e-055a-46e2-b327-8d3836f70c7d is not a member of family 0ead4362-525d-48ad-9b16-c5aa9b419070',
      },
    ],
  },
  'POST /foster-carers/{fosterCarerId}/availability': { '400': [], '403': [] },
  'POST /foster-carers/{fosterCarerId}/withdrawal': { '400': [], '403': [], '412': [] },
  'POST /initiatives': {
    '400': [],
    '403': [],
    '404': [{ code: 'PARTNER_NOT_FOUND', detail: 'Partner 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [{ code: 'PARTNER_INACTIVE', detail: 'Partner bf0efe1e-eb83-49dc-88a0-8cee066a2e78 is deactivated' }],
  },
  'POST /initiatives/{initiativeId}/cancellation': { '400': [], '403': [], '412': [] },
  'POST /initiatives/{initiativeId}/holding': {
    '400': [],
    '403': [],
    '404': [{ code: 'INITIATIVE_NOT_FOUND', detail: 'Initiative 0f8fad5b-d9cb-469f-a165-70867728950e does not exist' }],
    '409': [{ code: 'INITIATIVE_CANCELLED', detail: 'Initiative 7d69c095-e4a9-454f-a630-a419e3159e33 was cancelled' }],
  },
  'POST /partners': { '400': [], '403': [] },
  'POST /partners/{partnerId}/contact': { '400': [], '403': [], '412': [] },
  'POST /partners/{partnerId}/deactivation': {
    '400': [],
    '403': [],
    '409': [{ code: 'PARTNER_INACTIVE', detail: 'Partner bf0efe1e-eb83-49dc-88a0-8cee066a2e78 is deactivated' }],
    '412': [],
  },
  'POST /partners/{partnerId}/reactivation': { '400': [], '403': [], '412': [] },
  'POST /people': {
    '400': [],
    '403': [],
    '409': [{ code: 'FISCAL_CODE_ALREADY_REGISTERED', detail: 'A person with this fiscal code is already registered: link that person' }],
  },
  'POST /people/{personId}/corrections': {
    '400': [{ code: 'NOTHING_TO_CORRECT', detail: 'The correction changes no detail of the person' }],
    '403': [],
    '412': [],
  },
  'POST /people/{personId}/merge': {
    '400': [{ code: 'MERGE_INTO_ITSELF', detail: 'A person cannot be merged into itself' }],
    '403': [],
    '412': [],
  },
  'POST /subscriptions': {
    '400': [
      { code: 'INVALID_WEBHOOK_SECRET', detail: 'A webhook secret is whsec_ followed by the base64 of 24 to 64 random bytes' },
      { code: 'INVALID_WEBHOOK_URL', detail: 'The webhook URL is not an absolute URL' },
      { code: 'UNKNOWN_EVENT_TYPE', detail: 'Unknown event type: "NOT-IN-ENUM"' },
      { code: 'WEBHOOK_URL_NOT_ALLOWED', detail: 'A webhook URL must use https (http only for localhost)' },
    ],
    '403': [],
    '409': [{ code: 'SUBSCRIPTION_EXISTS', detail: 'You already have a subscription with this URL and these types' }],
  },
  'POST /subscriptions/{subscriptionId}/deliveries/{deliveryId}/redeliver': {
    '400': [{ code: 'INVALID_ID', detail: 'The id in the path must be a UUID' }],
    '403': [],
    '404': [
      { code: 'DELIVERY_NOT_FOUND', detail: 'Delivery 963fd44c-626c-4c0e-ae6a-5fb99d13f536 does not exist' },
      { code: 'SUBSCRIPTION_NOT_FOUND', detail: 'Subscription bdffb8fb-5156-4480-b256-a6d1c5a3cd4c does not exist' },
    ],
    '409': [
      {
        code: 'DELIVERY_PENDING',
        detail: 'Delivery 7f666135-2e6d-4396-a90d-c19a0d120c44 is still pending: it will be sent again without being asked',
      },
    ],
  },
  'POST /workers/{workerId}/calendar-token': {
    '400': [{ code: 'INVALID_WORKER_ID', detail: 'The worker id in the path must be 1-100 letters, digits or . _ @ -' }],
    '401': [],
    '403': [{ code: 'NOT_YOUR_CALENDAR', detail: 'Only the worker may manage their own calendar and reminders' }],
  },
  'PUT /workers/{workerId}/reminder-settings': {
    '400': [],
    '403': [{ code: 'NOT_YOUR_CALENDAR', detail: 'Only the worker may manage their own calendar and reminders' }],
  },
};
