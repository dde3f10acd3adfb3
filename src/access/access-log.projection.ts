import { EventFacts, defineProjection } from '../projections/define/define-projection';
import { defineTable } from '../projections/define/table';

export const ACCESS_LOG = 'access_log';

type AccessRow = {
  event_id: string;
  case_id: string | null;
  family_id: string | null;
  person_id: string | null;
  actor_id: string;
  actor_role: string;
  what: string;
  request_id: string;
  accessed_at: string;
};

const accessLog = defineTable<AccessRow>({
  name: 'access_log',
  columns: {
    event_id: 'uuid NOT NULL',
    case_id: 'uuid',
    family_id: 'uuid',
    person_id: 'uuid',
    actor_id: 'text NOT NULL',
    actor_role: 'text NOT NULL',
    what: 'text NOT NULL',
    request_id: 'text NOT NULL',
    accessed_at: 'timestamptz NOT NULL',
  },
  key: ['event_id'],
  indexes: ['(case_id, accessed_at)', '(family_id, accessed_at)', '(person_id, accessed_at)'],
});

const grantLine = (caseId: string, facts: EventFacts, what: string): AccessRow => ({
  event_id: facts.id,
  case_id: caseId,
  family_id: null,
  person_id: null,
  actor_id: facts.actor.id,
  actor_role: facts.actor.role,
  what,
  request_id: typeof facts.metadata.causationId === 'string' ? facts.metadata.causationId : '', // the granting request
  accessed_at: facts.recordedAt,
});

/** Who read which case or household, when, and in which request, and the break-glass grants that let them: what a coordinator answers under GDPR art. 15. */
export const accessLogProjection = defineProjection({
  name: ACCESS_LOG,
  // 4: reads of a person's record (person_id).
  version: 4,
  tables: { accessLog },
  on: {
    CaseAccessed: (data, facts, rows) =>
      rows.accessLog.put({
        event_id: facts.id,
        case_id: data.caseId ?? null,
        family_id: data.familyId ?? null,
        person_id: data.personId ?? null,
        actor_id: facts.actor.id,
        actor_role: facts.actor.role,
        what: data.what,
        request_id: data.requestId,
        accessed_at: facts.recordedAt,
      }),
    // Break-glass grants belong beside the reads they allow: the coordinator who granted is the line's actor.
    CaseAccessGranted: (data, facts, rows) =>
      rows.accessLog.put(grantLine(data.caseId, facts, `break-glass grant to ${data.workerId} until ${data.expiresAt}: ${data.reason}`)),
    CaseAccessGrantRevoked: (data, facts, rows) =>
      rows.accessLog.put(
        grantLine(data.caseId, facts, `break-glass grant to ${data.workerId} revoked` + (data.reason ? `: ${data.reason}` : '')),
      ),
  },
});
