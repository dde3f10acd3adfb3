import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START, WrongExpectedVersionError } from '@eventstore/db-client';
import {
  AppendResult,
  EventStore,
  EventStoreUnavailableError,
  AppendOptions,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  WrongExpectedRevisionError,
} from '../event-store';
import { assertAppendable } from '../new-event-checks';
import { asUnavailable, within } from './eventstoredb-deadlines';
import { isSystemEvent, toJsonEvent, toRecordedEvent } from './eventstoredb-events';
import { compareEsdbPositions, decodeEsdbPosition, encodeEsdbPosition, knownPosition } from './eventstoredb-position';
import { releaseClient } from './eventstoredb-cleanup';
import { ClientRead, boundedRead, liveEvents } from './eventstoredb-reads';

export interface EventStoreDbOptions {
  /** Bound on every call and on every wait for the next read result, in ms (default 5000). */
  timeoutMs?: number;
  /** Makes a fresh client after an outage: a client whose server hung can stay stuck on it. */
  reconnect?: () => EventStoreDBClient;
}

const PAGE_SIZE = 500;

/** The production shape (DESIGN §5): the port over @eventstore/db-client, with its own timeouts. */
export class EventStoreDbEventStore implements EventStore {
  private client: EventStoreDBClient;
  private readonly timeoutMs: number;
  private readonly reconnect?: () => EventStoreDBClient;
  private closed = false;

  static fromConnectionString(connectionString: string, options: { timeoutMs?: number } = {}): EventStoreDbEventStore {
    const connect = () => EventStoreDBClient.connectionString(connectionString);
    return new EventStoreDbEventStore(connect(), { ...options, reconnect: connect });
  }

  constructor(client: EventStoreDBClient, options: EventStoreDbOptions = {}) {
    this.client = client;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.reconnect = options.reconnect;
  }

  async appendToStream(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    assertAppendable(stream, events);
    const { expectedRevision } = options;
    return this.call(`append to ${stream}`, async (client) => {
      const result = await client
        .appendToStream(stream, events.map(toJsonEvent), { expectedRevision, deadline: this.timeoutMs })
        .catch((error: unknown) => {
          if (!(error instanceof WrongExpectedVersionError)) throw error;
          throw new WrongExpectedRevisionError(stream, expectedRevision, error.actualVersion);
        });
      // The server answers with the write's commit position (also on an idempotent replay), not the last
      // event's (commit, prepare) that $all reads show; read that event back for its exact position.
      const [last] = await this.collect(`read-back of ${stream}`, (c) =>
        c.readStream(stream, { direction: BACKWARDS, fromRevision: result.nextExpectedRevision, maxCount: 1 }),
      );
      const position = knownPosition(last?.event?.position) ?? knownPosition(result.position);
      if (!position) throw new Error(`EventStoreDB returned no position for the append to ${stream}`);
      return { nextRevision: result.nextExpectedRevision, position: encodeEsdbPosition(position) };
    });
  }

  async *readStream(stream: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (maxCount <= 0 || (backwards && options.fromRevision === 'start')) return; // as the Postgres adapter
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const fromRevision = from === 'start' ? START : from === 'end' ? END : from;
    const direction = backwards ? BACKWARDS : FORWARDS;
    for await (const resolved of this.read(`read of ${stream}`, (c) => c.readStream(stream, { direction, fromRevision, maxCount }))) {
      yield toRecordedEvent(resolved);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    let remaining = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    let after = options.after;
    while (remaining > 0) {
      let read = 0;
      const fromPosition = after ? decodeEsdbPosition(after) : START;
      for await (const resolved of this.read('read of $all', (c) => c.readAll({ fromPosition, maxCount: PAGE_SIZE }))) {
        read++;
        const position = encodeEsdbPosition(resolved.event!.position);
        // A forward read from a position includes the event at it; `after` is exclusive.
        if (after && compareEsdbPositions(position, after) <= 0) continue;
        after = position;
        if (isSystemEvent(resolved)) continue; // client-side: the 6.x client cannot filter reads
        yield toRecordedEvent(resolved);
        if (--remaining === 0) return;
      }
      if (read < PAGE_SIZE) return;
    }
  }

  async *subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    if (options.signal?.aborted || this.closed) return;
    const client = this.client;
    const live = { client, timeoutMs: this.timeoutMs, probe: () => this.ping(), closed: () => this.closed };
    try {
      yield* liveEvents(live, options);
    } catch (error) {
      throw this.failed(client, error, 'subscription to $all');
    }
  }

  comparePositions(a: Position, b: Position): number {
    return compareEsdbPositions(a, b);
  }

  async headPosition(): Promise<Position | undefined> {
    return this.call('head position', async () => {
      let before: Position | undefined;
      for (;;) {
        const fromPosition = before ? decodeEsdbPosition(before) : END;
        const page = await this.collect('read of $all backwards', (c) =>
          c.readAll({ direction: BACKWARDS, fromPosition, maxCount: PAGE_SIZE }),
        );
        const user = page.find((resolved) => !isSystemEvent(resolved));
        if (user) return encodeEsdbPosition(user.event!.position);
        if (page.length < PAGE_SIZE) return undefined;
        before = encodeEsdbPosition(page[page.length - 1].event!.position);
      }
    });
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.collect('ping', (c) => c.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })));
  }

  async close(): Promise<void> {
    this.closed = true;
    await releaseClient(this.client, this.timeoutMs);
  }

  private async *read<T>(what: string, open: (client: EventStoreDBClient) => ClientRead<T>): AsyncGenerator<T> {
    const client = this.client;
    try {
      yield* boundedRead(open(client), this.timeoutMs, what);
    } catch (error) {
      throw this.failed(client, error, what);
    }
  }

  private async collect<T>(what: string, open: (client: EventStoreDBClient) => ClientRead<T>): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this.read(what, open)) all.push(item);
    return all;
  }

  private async call<T>(what: string, work: (client: EventStoreDBClient) => Promise<T>): Promise<T> {
    const client = this.client;
    try {
      return await within(this.timeoutMs, what, work(client));
    } catch (error) {
      throw this.failed(client, error, what);
    }
  }

  /** Maps an outage to EventStoreUnavailableError and swaps in a fresh client for the next call. */
  private failed(client: EventStoreDBClient, error: unknown, what: string): unknown {
    const mapped = asUnavailable(error, what);
    if (mapped instanceof EventStoreUnavailableError && this.reconnect && !this.closed && client === this.client) {
      this.client = this.reconnect();
      void releaseClient(client, this.timeoutMs);
    }
    return mapped;
  }
}
