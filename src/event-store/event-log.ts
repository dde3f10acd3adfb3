import { randomUUID } from 'node:crypto';
import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  RememberedAnswer,
  WrongExpectedRevisionError,
  checkExpectedRevision,
} from './event-store';
import { GENESIS_HASH, computeEventHash } from './hash-chain';

export interface Actor {
  id: string;
  role: string;
}

/** What a caller supplies; the log adds recordedAt, schemaVersion, prevHash and hash. */
export interface EventDraft {
  id?: string;
  type: string;
  data: unknown;
  metadata: {
    actor: Actor;
    correlationId: string;
    causationId: string;
    occurredAt: string;
    schemaVersion?: number;
  };
}

const MAX_ANY_RETRIES = 5;

/** What the append chained: the new head's hash and the instant it was recorded. */
export interface LoggedAppend extends AppendResult {
  headHash: string;
  recordedAt: string;
}

const logged = (chained: NewEvent[], result: AppendResult): LoggedAppend => {
  const last = chained[chained.length - 1].metadata;
  return { ...result, headHash: String(last.hash), recordedAt: String(last.recordedAt) };
};

export interface AppendExtras {
  /** The hash of the event at expectedRevision, when the caller has folded it. */
  head?: string;
  remember?: RememberedAnswer;
}

/**
 * The hash chain sits here, above the adapters, so that both stores hold the same chain.
 * It always appends at an exact revision: the one whose hash it chained onto.
 */
export class EventLog {
  constructor(
    readonly store: EventStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * `head` is the hash the caller folded at expectedRevision: with it an exact append needs no tail read
   * (a wrong head cannot land, since the revision guards the append).
   */
  async append(
    stream: string,
    drafts: EventDraft[],
    expectedRevision: ExpectedRevision,
    options: AppendExtras = {},
  ): Promise<LoggedAppend> {
    const withIds = drafts.map((draft) => ({ ...draft, id: draft.id ?? randomUUID() }));
    if (expectedRevision === 'no_stream' || (typeof expectedRevision === 'bigint' && options.head !== undefined)) {
      const startHash = expectedRevision === 'no_stream' ? GENESIS_HASH : options.head!;
      return this.appendChained(stream, withIds, startHash, expectedRevision, options.remember);
    }
    for (let attempt = 0; ; attempt++) {
      const tail = await this.tail(stream);
      const current = tail ? tail.revision : 'no_stream';
      if (expectedRevision === 'stream_exists') checkExpectedRevision(stream, expectedRevision, current);
      const exact = expectedRevision === 'any' || expectedRevision === 'stream_exists' ? current : expectedRevision;
      try {
        return await this.appendChained(stream, withIds, tail ? String(tail.metadata.hash) : GENESIS_HASH, exact, options.remember);
      } catch (error) {
        // Only 'any' and 'stream_exists' may be retried on a race: an exact revision is the caller's to resolve.
        const racing = expectedRevision === 'any' || expectedRevision === 'stream_exists';
        if (!(error instanceof WrongExpectedRevisionError) || !racing || attempt >= MAX_ANY_RETRIES) throw error;
      }
    }
  }

  private async appendChained(
    stream: string,
    drafts: Array<EventDraft & { id: string }>,
    startHash: string,
    expectedRevision: bigint | 'no_stream',
    remember: RememberedAnswer | undefined,
  ): Promise<LoggedAppend> {
    const chained = this.chain(drafts, startHash);
    return logged(chained, await this.store.appendToStream(stream, chained, { expectedRevision, remember }));
  }

  private chain(drafts: Array<EventDraft & { id: string }>, startHash: string): NewEvent[] {
    const recordedAt = this.now().toISOString();
    let prevHash = startHash;
    return drafts.map((draft) => {
      const metadata: Record<string, unknown> = {
        ...draft.metadata,
        schemaVersion: draft.metadata.schemaVersion ?? 1,
        recordedAt,
        prevHash,
      };
      metadata.hash = computeEventHash(prevHash, { type: draft.type, data: draft.data, metadata });
      prevHash = metadata.hash as string;
      return { id: draft.id, type: draft.type, data: draft.data, metadata };
    });
  }

  private async tail(stream: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) {
      return event;
    }
    return undefined;
  }

  async readStreamToArray(stream: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const event of this.store.readStream(stream)) events.push(event);
    return events;
  }
}
