import { AllStreamResolvedEvent, EventStoreDBClient, START, StreamNotFoundError, excludeSystemEvents } from '@eventstore/db-client';
import { EventStoreUnavailableError, RecordedEvent, SubscribeOptions } from '../event-store';
import { stopStream } from './eventstoredb-cleanup';
import { BoundedReader } from './eventstoredb-deadlines';
import { isSystemEvent, toRecordedEvent } from './eventstoredb-events';
import { compareEsdbPositions, decodeEsdbPosition } from './eventstoredb-position';

export type ClientRead<T> = AsyncIterable<T> & { cancel(): Promise<void>; destroy(): void };

/** A finite read, each wait bounded by `timeoutMs`; a missing stream reads as empty. */
export async function* boundedRead<T>(source: ClientRead<T>, timeoutMs: number, what: string): AsyncGenerator<T> {
  const reader = new BoundedReader<T>(source);
  try {
    for (;;) {
      const next = await reader.require(timeoutMs, what);
      if (next.done) return;
      yield next.value;
    }
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  } finally {
    stopStream(source);
  }
}

export interface LiveSubscription {
  client: EventStoreDBClient;
  timeoutMs: number;
  /** Asked when nothing came for `timeoutMs`: rejects when the server does not answer. */
  probe(): Promise<void>;
  closed(): boolean;
}

/**
 * Catch-up then live, system events filtered out by the server. Ends quietly when aborted or closed;
 * fails when the server does not confirm, stops answering or ends the subscription (no reconnect: the
 * caller resumes from its last position).
 */
export async function* liveEvents(live: LiveSubscription, options: SubscribeOptions): AsyncGenerator<RecordedEvent> {
  const { signal } = options;
  let after = options.after;
  const subscription = live.client.subscribeToAll({
    fromPosition: after ? decodeEsdbPosition(after) : START,
    filter: excludeSystemEvents(),
  });
  let confirmed = false;
  subscription.once('confirmation', () => (confirmed = true));
  const reader = new BoundedReader<AllStreamResolvedEvent>(subscription);
  try {
    for (;;) {
      const outcome = await reader.next(live.timeoutMs, signal);
      if (outcome === 'aborted' || live.closed()) return;
      if (outcome === 'idle') {
        if (!confirmed) throw new EventStoreUnavailableError(`EventStoreDB did not confirm a subscription within ${live.timeoutMs} ms`);
        await live.probe(); // a silent server and an idle one look alike
        continue;
      }
      if (outcome.done) {
        if (signal?.aborted || live.closed()) return;
        throw new EventStoreUnavailableError('EventStoreDB ended the subscription to $all');
      }
      if (isSystemEvent(outcome.value)) continue;
      const event = toRecordedEvent(outcome.value);
      if (after && compareEsdbPositions(event.position, after) <= 0) continue; // `after` is exclusive
      after = event.position;
      yield event;
    }
  } finally {
    stopStream(subscription);
  }
}
