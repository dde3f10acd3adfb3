import { Pool, PoolClient } from 'pg';
import {
  AppendOptions,
  AppendResult,
  IdempotencyKeyTakenError,
  RememberedAnswer,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  WrongExpectedRevisionError,
  checkExpectedRevision,
} from '../event-store';
import { assertAppendable } from '../new-event-checks';
import { LiveWaiter } from '../live-waiter';
import { inTransaction } from '../../database/transaction';
import { comparePostgresPositions, decodePosition, encodePosition } from './postgres-position';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './postgres-event-row';
import { appendAtRevision } from './postgres-append';

/** A unique constraint refused the statement. */
const violated = (error: unknown, constraint: string): boolean =>
  (error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;

const PAGE_SIZE = 500;

export interface PostgresEventStoreOptions {
  /** The floor when no in-process append wakes a live subscriber (another instance wrote). */
  pollIntervalMs?: number;
}

/** The embedded default and the reference adapter: events in one table, ordered safely by commit (DESIGN §5). */
export class PostgresEventStore implements EventStore {
  private readonly appended = new LiveWaiter();
  private readonly appendWatchers = new Set<() => void>();
  private readonly pollIntervalMs: number;

  constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  async appendToStream(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertAppendable(stream, events);
    const expected = options.expectedRevision;
    const result =
      typeof expected === 'bigint' || expected === 'no_stream'
        ? await this.appendAtExactRevision(stream, events, expected, options.remember)
        : await inTransaction(this.pool, (tx) => this.appendInTransaction(tx, stream, events, expected));
    this.appended.wake();
    for (const watcher of this.appendWatchers) watcher();
    return result;
  }

  watchAppends(listener: () => void): () => void {
    this.appendWatchers.add(listener);
    return () => this.appendWatchers.delete(listener);
  }

  appendedElsewhere(): void {
    this.appended.wake();
  }

  /** The command path: one statement; a replay or a conflict is sorted out only when it did not append. */
  private async appendAtExactRevision(
    stream: string,
    events: NewEvent[],
    expected: bigint | 'no_stream',
    remember: RememberedAnswer | undefined,
  ): Promise<AppendResult> {
    try {
      const appended = await appendAtRevision(this.pool, stream, events, expected === 'no_stream' ? -1n : expected, remember);
      if (appended) return appended;
    } catch (error) {
      if (violated(error, 'idempotency_keys_pkey') && remember) throw new IdempotencyKeyTakenError(remember.actorId, remember.key);
      if (!violated(error, 'events_stream_event_id_unique')) throw error;
    }
    return this.replayOrConflict(this.pool, stream, events, expected);
  }

  /** Appending ids the stream already holds is an idempotent replay; anything else is a stale revision. */
  private async replayOrConflict(
    db: Pool | PoolClient,
    stream: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const replayed = await db.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND event_id = ANY($2::uuid[]) ORDER BY events.stream_revision`,
      [stream, events.map((event) => event.id)],
    );
    if (replayed.rowCount === events.length) {
      const last = replayed.rows[replayed.rows.length - 1];
      return { nextRevision: BigInt(last.stream_revision), position: encodePosition(last.transaction_id, last.global_position) };
    }
    const head = await db.query<{ revision: string }>('SELECT revision FROM streams WHERE stream_id = $1', [stream]);
    const current = head.rows[0] && BigInt(head.rows[0].revision) >= 0n ? BigInt(head.rows[0].revision) : 'no_stream';
    throw new WrongExpectedRevisionError(stream, expected, current);
  }

  /** 'any' and 'stream_exists': the revision is only known under the stream row's lock. */
  private async appendInTransaction(
    client: PoolClient,
    stream: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    await client.query('INSERT INTO streams (stream_id, revision) VALUES ($1, -1) ON CONFLICT (stream_id) DO NOTHING', [stream]);
    const locked = await client.query<{ revision: string }>('SELECT revision FROM streams WHERE stream_id = $1 FOR UPDATE', [stream]);
    const revision = BigInt(locked.rows[0].revision);
    const current = revision < 0n ? 'no_stream' : revision;
    checkExpectedRevision(stream, expected, current);
    try {
      await client.query('SAVEPOINT append');
      const appended = await appendAtRevision(client, stream, events, revision, undefined);
      if (!appended) throw new WrongExpectedRevisionError(stream, expected, current);
      return appended;
    } catch (error) {
      if (!violated(error, 'events_stream_event_id_unique')) throw error;
      await client.query('ROLLBACK TO SAVEPOINT append');
      return this.replayOrConflict(client, stream, events, expected);
    }
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (!backwards && options.fromRevision === 'end') return; // nothing comes after the end
    let from: bigint | undefined = typeof options.fromRevision === 'bigint' ? options.fromRevision : backwards ? undefined : 0n;
    if (options.fromRevision === 'start') from = backwards ? -1n : 0n;
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const { rows } = await this.pool.query<EventRow>(
        backwards
          ? `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND ($2::bigint IS NULL OR stream_revision <= $2::bigint)
             ORDER BY events.stream_revision DESC LIMIT $3`
          : `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND stream_revision >= $2::bigint
             ORDER BY events.stream_revision ASC LIMIT $3`,
        [stream, from === undefined ? null : from.toString(), limit],
      );
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      const lastRevision = BigInt(rows[rows.length - 1].stream_revision);
      from = backwards ? lastRevision - 1n : lastRevision + 1n;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after;
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      const page = await this.readPage(after, limit);
      yield* page;
      if (page.length < limit) return;
      remaining -= page.length;
      after = page[page.length - 1].position;
    }
  }

  /** A count under readAll's visibility rule, so it matches what a reader would get. */
  async countAfter(after?: Position): Promise<number> {
    const from = after ? decodePosition(after) : { transactionId: 0n, globalPosition: 0n };
    const { rows } = await this.pool.query<{ count: string }>(
      `SELECT count(*) AS count FROM events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`,
      [from.transactionId.toString(), from.globalPosition.toString()],
    );
    return Number(rows[0].count);
  }

  /** Only rows of transactions older than every running one: nothing can still appear before them. */
  private async readPage(after: Position | undefined, limit: number): Promise<RecordedEvent[]> {
    const from = after ? decodePosition(after) : { transactionId: 0n, globalPosition: 0n };
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events
        WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
          AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY events.transaction_id, events.global_position LIMIT $3`,
      [from.transactionId.toString(), from.globalPosition.toString(), limit],
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Live subscribers at the same position, woken by the same append, share one read: with a projection per read model
   * they are many, and all at the head. A subscriber joins a read only if no append came since it started.
   */
  private readonly livePages = new Map<string, Promise<RecordedEvent[]>>();

  private sharedPage(after: Position | undefined, generation: number): Promise<RecordedEvent[]> {
    const key = `${after ?? ''}|${generation}`;
    let page = this.livePages.get(key);
    if (!page) {
      page = this.readPage(after, PAGE_SIZE);
      this.livePages.set(key, page);
      // A page read stays good for the other subscribers until an append here (a new generation, a new key) or,
      // for appends of other instances, the poll floor: subscribers that come a little later reuse it.
      const forget = () => setTimeout(() => this.livePages.delete(key), this.pollIntervalMs).unref();
      page.then(forget, () => this.livePages.delete(key));
    }
    return page;
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after;
    const signal = options.signal;
    while (!signal?.aborted) {
      const seen = this.appended.generation;
      const page = await this.sharedPage(after, seen);
      for (const event of page) {
        if (signal?.aborted) return;
        yield event;
        after = event.position;
      }
      // A short page reached the head as it was: read again only after an append (or the poll floor).
      if (page.length < PAGE_SIZE) await this.appended.wait(this.pollIntervalMs, signal, seen);
    }
  }

  comparePositions(a: Position, b: Position): number {
    return comparePostgresPositions(a, b);
  }

  async headPosition(): Promise<Position | undefined> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text, global_position::text FROM events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY events.transaction_id DESC, events.global_position DESC LIMIT 1`,
    );
    return rows[0] ? encodePosition(rows[0].transaction_id, rows[0].global_position) : undefined;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1 FROM events LIMIT 1');
  }

  async close(): Promise<void> {
    this.appended.wake();
  }
}
