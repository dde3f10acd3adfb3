import { CASE_EVENT_TYPES } from '../../cases/case.events';
import { FAMILY_EVENT_TYPES } from '../../families/family.events';
import { Projection } from '../../projections/projection';

export const STREAM_HEADS = 'audit_stream_heads';

/** Every stream's head revision and hash: the leaves a signed checkpoint is made of. */
export const streamHeadsProjection: Projection = {
  name: STREAM_HEADS,
  version: 1,
  handles: [...CASE_EVENT_TYPES, ...FAMILY_EVENT_TYPES],
  tables: [
    {
      name: 'audit_stream_heads',
      ddl: (t) => `CREATE TABLE ${t} (stream text PRIMARY KEY, revision bigint NOT NULL, head_hash text NOT NULL);`,
    },
  ],
  apply: (tx, event, t) =>
    tx
      .query(
        `INSERT INTO ${t.audit_stream_heads} (stream, revision, head_hash) VALUES ($1, $2, $3)
         ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash
         WHERE ${t.audit_stream_heads}.revision < excluded.revision`,
        [event.stream, event.revision.toString(), String(event.metadata.hash)],
      )
      .then(() => undefined),
};
