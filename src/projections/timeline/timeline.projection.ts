import { CASE_EVENT_TYPES } from '../../cases/case.events';
import { defineProjection } from '../define/define-projection';
import { defineTable } from '../define/table';
import { EntryKind } from './timeline.format';
import { entryKindsOf, referenceGiven, referenceNeeded, timelineLabel } from './timeline.labels';

export const TIMELINE = 'case_timeline';

type TimelineRow = {
  case_id: string;
  revision: string | number;
  event_id: string;
  type: string;
  label_it: string;
  label_en: string;
  actor_id: string;
  actor_role: string;
  occurred_at: string;
  recorded_at: string;
  entry_kinds: EntryKind[] | null;
};

const timeline = defineTable<TimelineRow>({
  name: 'case_timeline',
  columns: {
    case_id: 'uuid NOT NULL',
    revision: 'bigint NOT NULL',
    event_id: 'uuid NOT NULL',
    type: 'text NOT NULL',
    label_it: 'text NOT NULL',
    label_en: 'text NOT NULL',
    actor_id: 'text NOT NULL',
    actor_role: 'text NOT NULL',
    occurred_at: 'timestamptz NOT NULL',
    recorded_at: 'timestamptz NOT NULL',
    entry_kinds: 'jsonb',
  },
  key: ['case_id', 'revision'],
  indexes: ['(case_id, occurred_at, revision)'],
});

/** Names and kinds of ids that later events only reference (worker -> name, measure -> kind). */
const refs = defineTable<{ case_id: string; ref: string; value: string }>({
  name: 'case_timeline_refs',
  columns: { case_id: 'uuid NOT NULL', ref: 'text NOT NULL', value: 'text NOT NULL' },
  key: ['case_id', 'ref'],
});

/**
 * One row per case event, with its line in Italian and English: what the court liaison reads.
 * Labels are derived text: a rebuild rewrites them when their wording changes.
 */
export const timelineProjection = defineProjection({
  name: TIMELINE,
  version: 2,
  tables: { timeline, refs },
  on: {},
  every: {
    types: CASE_EVENT_TYPES,
    handle: (event, facts, rows) => {
      if (!facts.stream.startsWith('case-')) return;
      const caseId = event.data.caseId;
      const needed = referenceNeeded(event);
      const known = needed ? rows.refs.get({ case_id: caseId, ref: needed })?.value : undefined;
      const label = timelineLabel(event, (key) => (key === needed ? known : undefined));
      rows.timeline.put({
        case_id: caseId,
        revision: facts.revision.toString(),
        event_id: facts.id,
        type: event.type,
        label_it: label.it,
        label_en: label.en,
        actor_id: facts.actor.id,
        actor_role: facts.actor.role,
        occurred_at: facts.occurredAt,
        recorded_at: facts.recordedAt,
        entry_kinds: entryKindsOf(event) ?? null,
      });
      const given = referenceGiven(event);
      if (given) rows.refs.put({ case_id: caseId, ref: given[0], value: given[1] });
    },
  },
});
