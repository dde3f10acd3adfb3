import { CASE_EVENT_TYPES } from '../../cases/case.events';
import { Projection } from '../projection';
import { asCaseEvent, factsOf } from '../recorded-event';
import { entryKindsOf, referenceGiven, referenceNeeded, timelineLabel } from './timeline.labels';

export const TIMELINE = 'case_timeline';

/**
 * One row per case event, with its line in Italian and English: what the court liaison reads.
 * Labels are derived text: a rebuild rewrites them when their wording changes.
 */
export const timelineProjection: Projection = {
  name: TIMELINE,
  version: 1,
  handles: CASE_EVENT_TYPES,
  tables: [
    {
      name: 'case_timeline',
      ddl: (t) => `
        CREATE TABLE ${t} (
          case_id uuid NOT NULL,
          revision bigint NOT NULL,
          event_id uuid NOT NULL,
          type text NOT NULL,
          label_it text NOT NULL,
          label_en text NOT NULL,
          actor_id text NOT NULL,
          actor_role text NOT NULL,
          occurred_at timestamptz NOT NULL,
          recorded_at timestamptz NOT NULL,
          entry_kinds jsonb,
          PRIMARY KEY (case_id, revision)
        );
        CREATE INDEX ON ${t} (case_id, occurred_at, revision);`,
    },
    {
      // Names and kinds of ids that later events only reference (worker -> name, measure -> kind).
      name: 'case_timeline_refs',
      ddl: (t) => `CREATE TABLE ${t} (case_id uuid NOT NULL, ref text NOT NULL, value text NOT NULL, PRIMARY KEY (case_id, ref));`,
    },
  ],
  async apply(tx, event, tables) {
    if (!event.stream.startsWith('case-')) return;
    const caseEvent = asCaseEvent(event);
    const caseId = caseEvent.data.caseId;
    const needed = referenceNeeded(caseEvent);
    const known = needed
      ? (await tx.query(`SELECT value FROM ${tables.case_timeline_refs} WHERE case_id = $1 AND ref = $2`, [caseId, needed])).rows[0]?.value
      : undefined;
    const label = timelineLabel(caseEvent, (key) => (key === needed ? known : undefined));
    const { actor, occurredAt, recordedAt } = factsOf(event);
    const entryKinds = entryKindsOf(caseEvent);
    await tx.query(
      `INSERT INTO ${tables.case_timeline}
         (case_id, revision, event_id, type, label_it, label_en, actor_id, actor_role, occurred_at, recorded_at, entry_kinds)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (case_id, revision) DO NOTHING`,
      [
        caseId,
        event.revision.toString(),
        event.id,
        event.type,
        label.it,
        label.en,
        actor.id,
        actor.role,
        occurredAt,
        recordedAt,
        entryKinds ? JSON.stringify(entryKinds) : null,
      ],
    );
    const given = referenceGiven(caseEvent);
    if (given) {
      await tx.query(
        `INSERT INTO ${tables.case_timeline_refs} (case_id, ref, value) VALUES ($1, $2, $3)
         ON CONFLICT (case_id, ref) DO UPDATE SET value = excluded.value`,
        [caseId, ...given],
      );
    }
  },
};
