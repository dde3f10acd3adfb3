import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { NotFoundError } from '../../common/domain-error';
import { PG_POOL } from '../../database/database.tokens';
import { DEFAULT_PAGE_LIMIT, revisionCursor, revisionOfCursor } from '../../common/pagination';
import { TimelineOrder } from './dto/timeline.query.dto';
import { TimelineLineView, TimelineView } from './dto/timeline.view';

export interface TimelinePage {
  order?: TimelineOrder;
  /** The `next` of the previous page: the revision its next line has. */
  cursor?: string;
  limit?: number;
}

const SORT: Record<TimelineOrder, { start: string; order: string }> = {
  occurred: {
    start: 'AND (occurred_at, revision) >= (SELECT occurred_at, revision FROM case_timeline WHERE case_id = $1 AND revision = $3)',
    order: 'occurred_at, revision',
  },
  recorded: { start: 'AND revision >= $3', order: 'revision' },
};

type TimelineRow = {
  revision: string;
  event_id: string;
  type: string;
  label_it: string;
  label_en: string;
  actor_id: string;
  actor_role: string;
  occurred_at: Date;
  recorded_at: Date;
  entry_kinds: TimelineLineView['entryKinds'] | null;
};

const line = (row: TimelineRow): TimelineLineView => ({
  revision: Number(row.revision),
  eventId: row.event_id,
  type: row.type,
  label: { it: row.label_it, en: row.label_en },
  actor: { id: row.actor_id, role: row.actor_role },
  occurredAt: new Date(row.occurred_at).toISOString(),
  recordedAt: new Date(row.recorded_at).toISOString(),
  ...(row.entry_kinds ? { entryKinds: row.entry_kinds } : {}),
});

/**
 * A page of the case's timeline. Its cursor names the revision the page starts at, in either order,
 * so the next page starts exactly where this one stopped (keyset: no skipped or repeated line).
 */
export class ReadTimeline extends Query<TimelineView> {
  constructor(
    readonly caseId: string,
    readonly page: TimelinePage = {},
  ) {
    super();
  }
}

@QueryHandler(ReadTimeline)
export class ReadTimelineHandler implements IQueryHandler<ReadTimeline, TimelineView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ caseId, page }: ReadTimeline): Promise<TimelineView> {
    const order = page.order ?? 'occurred';
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    const {
      rows: [{ total }],
    } = await this.pool.query('SELECT count(*)::int AS total FROM case_timeline WHERE case_id = $1', [caseId]);
    if (total === 0) throw new NotFoundError('Case', caseId);
    const sort = SORT[order];
    const from = page.cursor === undefined ? undefined : revisionOfCursor(page.cursor);
    const { rows } = await this.pool.query<TimelineRow>(
      `SELECT * FROM case_timeline WHERE case_id = $1 ${from === undefined ? '' : sort.start} ORDER BY ${sort.order} LIMIT $2`,
      [caseId, limit + 1, ...(from === undefined ? [] : [from])],
    );
    const next = revisionCursor(rows.length > limit ? Number(rows[limit].revision) : null);
    return { caseId, order, total, items: rows.slice(0, limit).map(line), next };
  }
}
