import { EventLog } from '../event-store/event-log';
import { RecordedEvent } from '../event-store/event-store';
import { DomainEvent, EventMeta, FoldableKind, streamName } from './decider';

/** A stream's folded state: its revision and head hash are undefined while the stream does not exist. */
export interface StreamState<S> {
  state: S;
  revision: bigint | undefined;
  headHash: string | undefined;
}

export const metaOf = (event: RecordedEvent): EventMeta => ({
  occurredAt: String(event.metadata.occurredAt ?? ''),
  recordedAt: String(event.metadata.recordedAt ?? ''),
  actorId: String((event.metadata.actor as { id?: string } | undefined)?.id ?? ''),
});

/** Folds events onto a state already folded to `from`; the one timed fold of every stream kind. */
export const foldOnto = async <S>(
  kind: FoldableKind<S>,
  start: StreamState<S>,
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
): Promise<StreamState<S>> => {
  let { state, revision, headHash } = start;
  for await (const event of events) {
    state = kind.decider.evolve(state, { type: event.type, data: event.data } as DomainEvent as never, metaOf(event));
    revision = event.revision;
    headHash = String(event.metadata.hash);
  }
  return { state, revision, headHash };
};

/** Reads one stream of a kind from its start (or after a known state), page by page: memory stays flat. */
export const readStreamState = <S>(log: EventLog, kind: FoldableKind<S>, id: string, after?: StreamState<S>) => {
  const start: StreamState<S> = after ?? { state: kind.decider.initialState, revision: undefined, headHash: undefined };
  const fromRevision = start.revision === undefined ? undefined : start.revision + 1n;
  return foldOnto(kind, start, log.store.readStream(streamName(kind, id), fromRevision === undefined ? {} : { fromRevision }));
};
