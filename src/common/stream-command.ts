import { EventLog } from '../event-store/event-log';
import { Position, RecordedEvent, WrongExpectedRevisionError } from '../event-store/event-store';
import { DomainError } from './domain-error';
import { RequestContext } from './request-context';

export interface DomainEvent {
  type: string;
  data: unknown;
}

export interface Fold<S, E extends DomainEvent> {
  initial: S;
  evolve: (state: S, event: E) => S;
}

export interface LoadedStream<S> {
  state: S;
  /** undefined when the stream does not exist. */
  revision: bigint | undefined;
  events: RecordedEvent[];
}

export class RevisionMismatchError extends DomainError {
  constructor(expected: bigint | 'stream_exists', actual: bigint | undefined) {
    super('REVISION_MISMATCH', 'The record changed since you read it (If-Match does not match); reload it and retry', 412, {
      expectedRevision: String(expected),
      currentRevision: actual === undefined ? null : actual.toString(),
    });
  }
}

/** The folded state and revision of a stream, read page by page: memory stays flat whatever its length. */
export const foldStream = async <S, E extends DomainEvent>(
  log: EventLog,
  stream: string,
  fold: Fold<S, E>,
): Promise<{ state: S; revision: bigint | undefined }> => {
  let state = fold.initial;
  let revision: bigint | undefined;
  for await (const event of log.store.readStream(stream)) {
    state = fold.evolve(state, { type: event.type, data: event.data } as E);
    revision = event.revision;
  }
  return { state, revision };
};

/** As foldStream, keeping the events too: for the few callers that look back at them. */
export const loadStream = async <S, E extends DomainEvent>(log: EventLog, stream: string, fold: Fold<S, E>): Promise<LoadedStream<S>> => {
  const events = await log.readStreamToArray(stream);
  const state = events.reduce((current, event) => fold.evolve(current, { type: event.type, data: event.data } as E), fold.initial);
  return { state, revision: events.length ? events[events.length - 1].revision : undefined, events };
};

export interface StreamCommand<S, E extends DomainEvent> {
  log: EventLog;
  stream: string;
  fold: Fold<S, E>;
  decide: (state: S) => E[];
  context: RequestContext;
  occurredAt: string;
  /** From the client's If-Match; a mismatch is 412, never retried. */
  ifMatch?: bigint | 'stream_exists';
}

export interface CommandOutcome<S> {
  revision: bigint;
  position: Position;
  state: S;
  /** What the command's answer names: the created id, and where to read it. */
  answer?: { id?: string; location?: string };
}

const MAX_ATTEMPTS = 6;

/** The one path from command to store: read, fold, decide, append at the revision read; bounded retry without If-Match. */
export const executeStreamCommand = async <S, E extends DomainEvent>(command: StreamCommand<S, E>): Promise<CommandOutcome<S>> => {
  for (let attempt = 1; ; attempt++) {
    const { state, revision } = await foldStream(command.log, command.stream, command.fold);
    const { ifMatch } = command;
    if (ifMatch !== undefined && (revision === undefined || (ifMatch !== 'stream_exists' && ifMatch !== revision))) {
      throw new RevisionMismatchError(ifMatch, revision);
    }
    const events = command.decide(state);
    const metadata = {
      actor: command.context.actor,
      correlationId: command.context.correlationId,
      causationId: command.context.requestId,
      occurredAt: command.occurredAt,
    };
    try {
      const result = await command.log.append(
        command.stream,
        events.map((event) => ({ type: event.type, data: event.data, metadata })),
        revision === undefined ? 'no_stream' : revision,
      );
      return {
        revision: result.nextRevision,
        position: result.position,
        state: events.reduce((current, event) => command.fold.evolve(current, event), state),
      };
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      if (ifMatch !== undefined) throw new RevisionMismatchError(ifMatch, typeof error.actual === 'bigint' ? error.actual : undefined);
      if (attempt >= MAX_ATTEMPTS) throw error;
      // Another instance wrote first: wait a random, growing moment so the writers stop colliding.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
};
