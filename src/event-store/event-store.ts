/** The event store port (DESIGN §5). Both adapters implement it and pass one contract suite. */

/** Opaque, adapter-made; only the adapter that made it may compare it. */
export type Position = string;

export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type EventMetadata = Record<string, unknown>;

export interface NewEvent {
  id: string; // uuid; appending an id the stream already holds is an idempotent replay
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export interface RecordedEvent {
  id: string;
  stream: string;
  revision: bigint;
  position: Position;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export interface AppendResult {
  nextRevision: bigint;
  position: Position;
  /** True when the store kept the Idempotency-Key's answer in the same commit as the events. */
  remembered?: boolean;
}

/**
 * An Idempotency-Key's first answer. A store that can (Postgres) keeps it in the commit of the events, filling in
 * what only the commit knows: `revision` and `position` in the body, and the ETag.
 */
export interface RememberedAnswer {
  actorId: string;
  key: string;
  requestHash: string;
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  remember?: RememberedAnswer;
}

/** Another request with the same Idempotency-Key committed first: its answer is the one to give. */
export class IdempotencyKeyTakenError extends Error {
  constructor(
    readonly actorId: string,
    readonly key: string,
  ) {
    super(`Idempotency-Key ${key} was taken by a concurrent request`);
    this.name = 'IdempotencyKeyTakenError';
  }
}

export interface ReadStreamOptions {
  fromRevision?: bigint | 'start' | 'end';
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface ReadAllOptions {
  after?: Position;
  maxCount?: number;
}

export interface SubscribeOptions {
  after?: Position;
  signal?: AbortSignal;
}

export interface EventStore {
  appendToStream(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Yields nothing for a stream that does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Events after a position (exclusive), in commit-safe global order. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** How many events readAll would yield after the position, counted by the store (Postgres). */
  countAfter?(after?: Position): Promise<number>;
  /**
   * Calls the listener after each append this process makes (Postgres); returns the unsubscribe. Another thread's
   * subscriber learns of an append at once, not at its poll floor.
   */
  watchAppends?(listener: () => void): () => void;
  /** Another thread of this process appended: live subscribers read now (Postgres). */
  appendedElsewhere?(): void;
  /** Catch-up, then live, until the signal aborts. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<RecordedEvent>;
  /** Negative, zero or positive, like a sort comparator. */
  comparePositions(a: Position, b: Position): number;
  /** The position of the newest event, or undefined for an empty store. */
  headPosition(): Promise<Position | undefined>;
  /** Cheap reachability probe for readiness; rejects when unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export const describeRevision = (revision: ExpectedRevision | bigint | 'no_stream'): string =>
  typeof revision === 'bigint' ? revision.toString() : revision;

export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** The stream's current revision, or 'no_stream' when it does not exist. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Stream ${stream}: expected revision ${describeRevision(expected)}, actual ${describeRevision(actual)}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** The store could not be reached or did not answer in time. */
export class EventStoreUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'EventStoreUnavailableError';
  }
}

export const checkExpectedRevision = (stream: string, expected: ExpectedRevision, current: bigint | 'no_stream'): void => {
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && current === 'no_stream') ||
    (expected === 'stream_exists' && current !== 'no_stream') ||
    (typeof expected === 'bigint' && current === expected);
  if (!ok) throw new WrongExpectedRevisionError(stream, expected, current);
};
