import { Projection } from '../projections/projection';
import { factsOf } from '../projections/recorded-event';
import { AccessEntry, CASE_ACCESSED } from './access-log.recorder';

export const ACCESS_LOG = 'access_log';

/** Who read which case or household, when, and in which request: what a coordinator answers under GDPR art. 15. */
export const accessLogProjection: Projection = {
  name: ACCESS_LOG,
  version: 1,
  handles: [CASE_ACCESSED],
  tables: [
    {
      name: 'access_log',
      ddl: (t) => `
        CREATE TABLE ${t} (
          event_id uuid PRIMARY KEY,
          case_id uuid,
          family_id uuid,
          actor_id text NOT NULL,
          actor_role text NOT NULL,
          what text NOT NULL,
          request_id text NOT NULL,
          accessed_at timestamptz NOT NULL
        );
        CREATE INDEX ON ${t} (case_id, accessed_at);
        CREATE INDEX ON ${t} (family_id, accessed_at);`,
    },
  ],
  apply: async (tx, event, t) => {
    const data = event.data as AccessEntry & { requestId: string };
    const { actor, recordedAt } = factsOf(event);
    await tx.query(
      `INSERT INTO ${t.access_log} (event_id, case_id, family_id, actor_id, actor_role, what, request_id, accessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING`,
      [event.id, data.caseId ?? null, data.familyId ?? null, actor.id, actor.role, data.what, data.requestId, recordedAt],
    );
  },
};
