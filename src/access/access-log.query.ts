import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { decodeKeyset, pageOf } from '../common/pagination';
import { PG_POOL } from '../database/database.tokens';

export interface AccessLogLine {
  caseId: string | null;
  familyId: string | null;
  personId: string | null;
  actor: { id: string; role: string };
  what: string;
  requestId: string;
  accessedAt: string;
}

const LINE = `case_id, family_id, person_id, actor_id, actor_role, what, request_id, accessed_at, to_json(accessed_at) #>> '{}' AS at, event_id`;
type Row = {
  case_id: string | null;
  family_id: string | null;
  person_id: string | null;
  actor_id: string;
  actor_role: string;
  what: string;
  request_id: string;
  accessed_at: Date;
  /** accessed_at as ISO text with its microseconds, for the cursor. */
  at: string;
  event_id: string;
};
const toLine = (r: Row): AccessLogLine => ({
  caseId: r.case_id,
  familyId: r.family_id,
  personId: r.person_id,
  actor: { id: r.actor_id, role: r.actor_role },
  what: r.what,
  requestId: r.request_id,
  accessedAt: r.accessed_at.toISOString(),
});

export interface AccessLogPage {
  items: AccessLogLine[];
  next: string | null;
}

/** Whose reads a log answers: each condition takes the id as $1. */
const READS_OF = {
  case: 'case_id = $1',
  // The caseload read model knows which cases are the household's.
  family: 'family_id = $1 OR case_id IN (SELECT case_id FROM caseload_cases WHERE family_id = $1)',
  // GDPR art. 15: their record, every household they belong to, every case about them (the people read model knows both).
  person: `person_id = $1
    OR family_id IN (SELECT family_id FROM people_households WHERE person_id = $1)
    OR case_id IN (SELECT case_id FROM people_cases WHERE minor_id = $1)`,
} as const;

/** One page of reads, newest first; the cursor is the last line's instant and event. */
export class ReadAccessLog extends Query<AccessLogPage> {
  constructor(
    readonly of: keyof typeof READS_OF,
    readonly id: string,
    readonly page: { limit: number; cursor?: string },
  ) {
    super();
  }
}

@QueryHandler(ReadAccessLog)
export class ReadAccessLogHandler implements IQueryHandler<ReadAccessLog, AccessLogPage> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute({ of, id, page }: ReadAccessLog): Promise<AccessLogPage> {
    const after = page.cursor ? decodeKeyset(page.cursor, ['instant', 'uuid']) : [null, null];
    const { rows } = await this.pool.query<Row>(
      `SELECT ${LINE} FROM access_log
      WHERE (${READS_OF[of]})
        AND ($3::timestamptz IS NULL OR accessed_at < $3 OR (accessed_at = $3 AND event_id > $4::uuid))
      ORDER BY accessed_at DESC, event_id LIMIT $2`,
      [id, page.limit + 1, ...after],
    );
    return pageOf(rows, page.limit, toLine, (row) => [row.at, row.event_id]);
  }
}
