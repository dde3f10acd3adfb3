import { Pool, PoolClient } from 'pg';
import {
  AppendResult,
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

const PAGE_SIZE = 500;

export interface PostgresEventStoreOptions {
  /** The floor when no in-process append wakes a live subscriber (another instance wrote). */
  pollIntervalMs?: number;
}

/** The embedded default and the reference adapter: events in one table, ordered safely by commit (DESIGN §5). */
export class PostgresEventStore implements EventStore {
  private readonly appended = new LiveWaiter();
  private readonly pollIntervalMs: number;

  constructor(
    private readonly pool: Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
  }

  async appendToStream(stream: string, events: NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    assertAppendable(stream, events);
    const result = await inTransaction(this.pool, (tx) => this.appendInTransaction(tx, stream, events, options.expectedRevision));
    this.appended.wake();
    return result;
  }

  private async appendInTransaction(
    client: PoolClient,
    stream: string,
    events: NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    // The stream row is the lock that serialises appends to one stream.
    await client.query('INSERT INTO streams (stream_id, revision) VALUES ($1, -1) ON CONFLICT (stream_id) DO NOTHING', [stream]);
    const locked = await client.query<{ revision: string }>('SELECT revision FROM streams WHERE stream_id = $1 FOR UPDATE', [stream]);
    const revision = BigInt(locked.rows[0].revision);
    const current = revision < 0n ? 'no_stream' : revision;

    const replayed = await client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND event_id = ANY($2::uuid[]) ORDER BY events.stream_revision`,
      [stream, events.map((event) => event.id)],
    );
    if (replayed.rowCount === events.length) {
      const last = replayed.rows[replayed.rows.length - 1];
      return { nextRevision: BigInt(last.stream_revision), position: encodePosition(last.transaction_id, last.global_position) };
    }
    if (replayed.rowCount) throw new WrongExpectedRevisionError(stream, expected, current);
    checkExpectedRevision(stream, expected, current);

    const first = current === 'no_stream' ? 0n : current + 1n;
    const inserted = await client.query<{ transaction_id: string; global_position: string }>(
      `INSERT INTO events (event_id, stream_id, stream_revision, type, data, metadata)
       SELECT id, $1, $2::bigint + ordinality - 1, type, data, metadata
         FROM unnest($3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ordinality)
       ORDER BY ordinality
       RETURNING transaction_id::text, global_position::text`,
      [
        stream,
        first.toString(),
        events.map((event) => event.id),
        events.map((event) => event.type),
        events.map((event) => JSON.stringify(event.data ?? null)),
        events.map((event) => JSON.stringify(event.metadata ?? {})),
      ],
    );
    const nextRevision = first + BigInt(events.length) - 1n;
    await client.query('UPDATE streams SET revision = $2 WHERE stream_id = $1', [stream, nextRevision.toString()]);
    const last = inserted.rows.reduce((a, b) => (BigInt(a.global_position) > BigInt(b.global_position) ? a : b));
    return { nextRevision, position: encodePosition(last.transaction_id, last.global_position) };
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (!backwards && options.fromRevision === 'end') return; // nothing comes after the end
    let from: bigint | undefined =
      typeof options.fromRevision === 'bigint' ? options.fromRevision : backwards ? undefined : 0n;
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
    let after = options.after ? decodePosition(options.after) : { transactionId: 0n, globalPosition: 0n };
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    while (remaining > 0) {
      const limit = Math.min(PAGE_SIZE, remaining);
      // Only rows of transactions older than every running one: nothing can still appear before them.
      const { rows } = await this.pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events
          WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
            AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY events.transaction_id, events.global_position LIMIT $3`,
        [after.transactionId.toString(), after.globalPosition.toString(), limit],
      );
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      const last = rows[rows.length - 1];
      after = { transactionId: BigInt(last.transaction_id), globalPosition: BigInt(last.global_position) };
    }
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    let after = options.after;
    const signal = options.signal;
    while (!signal?.aborted) {
      let delivered = 0;
      for await (const event of this.readAll({ after, maxCount: PAGE_SIZE })) {
        if (signal?.aborted) return;
        yield event;
        after = event.position;
        delivered++;
      }
      if (delivered === 0) await this.appended.wait(this.pollIntervalMs, signal);
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
