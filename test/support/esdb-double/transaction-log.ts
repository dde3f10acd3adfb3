import { randomUUID } from 'node:crypto';

/** The double's storage: one in-memory transaction log, with streams as views of it (like EventStoreDB's index). */

export interface LogPosition {
  commit: bigint;
  prepare: bigint;
}

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
}

export interface StoredEvent extends ProposedEvent, LogPosition {
  stream: string;
  revision: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server's "created" metadata. */
  created: bigint;
}

export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export type AppendOutcome =
  { ok: true; currentRevision: bigint; position: LogPosition } | { ok: false; currentRevision: bigint | undefined };

export const comparePositions = (a: LogPosition, b: LogPosition): number =>
  a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare === b.prepare ? 0 : a.prepare < b.prepare ? -1 : 1;

/** Every third write is followed by a system event, so that clients must filter `$` events out. */
const SYSTEM_EVENT_EVERY = 3;

export class TransactionLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly listeners = new Set<(events: StoredEvent[]) => void>();
  private nextLogPosition = 0n;
  private writes = 0;

  constructor() {
    this.write('$epochs', [system('$epoch')]);
    this.write('$settings', [system('$settings')]);
  }

  stream(name: string): StoredEvent[] | undefined {
    return this.streams.get(name);
  }

  onAppend(listener: (events: StoredEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Optimistic concurrency and idempotency as the server's commit check does them. */
  append(name: string, expected: Expected, proposed: ProposedEvent[]): AppendOutcome {
    const events = this.streams.get(name) ?? [];
    const current = events.length ? BigInt(events.length - 1) : undefined;
    const replayed = this.replayOf(events, expected, proposed);
    if (replayed === 'conflict') return { ok: false, currentRevision: current };
    if (replayed) return { ok: true, currentRevision: replayed.revision, position: { commit: replayed.commit, prepare: replayed.commit } };
    const written = this.write(name, proposed);
    if (++this.writes % SYSTEM_EVENT_EVERY === 0) this.write('$stats-127.0.0.1:2113', [system('$statsCollected')]);
    const last = written[written.length - 1];
    // Like the server: the answer carries the write's commit position as both commit and prepare.
    return { ok: true, currentRevision: last.revision, position: { commit: last.commit, prepare: last.commit } };
  }

  /** The last event of an earlier identical write, 'conflict', or undefined to write. */
  private replayOf(events: StoredEvent[], expected: Expected, proposed: ProposedEvent[]): StoredEvent | 'conflict' | undefined {
    const current = events.length - 1;
    if (expected === 'stream_exists' && current < 0) return 'conflict';
    if (expected === 'any' || expected === 'stream_exists') {
      const start = events.findIndex((event) => event.id === proposed[0].id);
      return start < 0 ? undefined : this.sameIds(events, start, proposed);
    }
    const revision = expected === 'no_stream' ? -1 : Number(expected);
    if (current === revision) return undefined;
    return current > revision ? this.sameIds(events, revision + 1, proposed) : 'conflict';
  }

  private sameIds(events: StoredEvent[], start: number, proposed: ProposedEvent[]): StoredEvent | 'conflict' {
    const slice = events.slice(start, start + proposed.length);
    const same = slice.length === proposed.length && slice.every((event, i) => event.id === proposed[i].id);
    return same ? slice[slice.length - 1] : 'conflict'; // a partial match is "corrupted idempotency"
  }

  /** One write is one transaction: its events share the commit position of its first record. */
  private write(name: string, proposed: ProposedEvent[]): StoredEvent[] {
    const events = this.streams.get(name) ?? [];
    this.streams.set(name, events);
    const commit = this.nextLogPosition;
    const created = BigInt(Date.now()) * 10_000n;
    const written = proposed.map((event, i) => {
      const prepare = this.nextLogPosition;
      this.nextLogPosition += BigInt(100 + name.length + event.type.length + event.data.length + event.metadata.length);
      return { ...event, stream: name, revision: BigInt(events.length + i), created, commit, prepare };
    });
    for (const event of written) {
      events.push(event);
      this.all.push(event);
    }
    for (const listener of this.listeners) listener(written);
    return written;
  }
}

const system = (type: string): ProposedEvent => ({
  id: randomUUID(),
  type,
  contentType: 'application/json',
  data: Buffer.from('{}'),
  metadata: new Uint8Array(),
});
