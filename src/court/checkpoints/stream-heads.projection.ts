import { CASE_EVENT_TYPES } from '../../cases/case.events';
import { INITIATIVE_EVENT_TYPES } from '../../community/initiatives/initiative.events';
import { PARTNER_EVENT_TYPES } from '../../community/partners/partner.events';
import { REPORT_EVENT_TYPES } from '../../community/reports/report.events';
import { FAMILY_EVENT_TYPES } from '../../families/family.events';
import { FACILITY_EVENT_TYPES } from '../../carers/facilities/facility.events';
import { FOSTER_CARER_EVENT_TYPES } from '../../carers/foster-carers/foster-carer.events';
import { defineProjection } from '../../projections/define/define-projection';
import { defineTable } from '../../projections/define/table';

export const STREAM_HEADS = 'audit_stream_heads';

type StreamHead = { stream: string; revision: string | number; head_hash: string };

const heads = defineTable<StreamHead>({
  name: 'audit_stream_heads',
  columns: { stream: 'text NOT NULL', revision: 'bigint NOT NULL', head_hash: 'text NOT NULL' },
  key: ['stream'],
});

/** Every stream's head revision and hash: the leaves a signed checkpoint is made of. Events come in log order. */
export const streamHeadsProjection = defineProjection({
  name: STREAM_HEADS,
  version: 4, // 4: facilities and foster carers (issue 15)
  tables: { heads },
  on: {},
  every: {
    types: [
      ...CASE_EVENT_TYPES,
      ...FAMILY_EVENT_TYPES,
      ...PARTNER_EVENT_TYPES,
      ...INITIATIVE_EVENT_TYPES,
      ...REPORT_EVENT_TYPES,
      ...FACILITY_EVENT_TYPES,
      ...FOSTER_CARER_EVENT_TYPES,
    ],
    handle: (_event, facts, rows) =>
      rows.heads.put({ stream: facts.stream, revision: facts.revision.toString(), head_hash: String(facts.metadata.hash) }),
  },
});
