import { Request } from 'express';
import { FoldableKind, streamName } from './decider';
import { StreamState } from './stream-state';

/** A request whose access guard read streams to decide: the route may answer from those reads. */
type RequestWithReads = Request & { guardReads?: Map<string, StreamState<unknown>> };

/** Keeps what an access guard read, for the route it lets through. */
export const keepGuardRead = <S>(request: Request, kind: FoldableKind<S>, id: string, read: StreamState<S>): void => {
  const withReads = request as RequestWithReads;
  (withReads.guardReads ??= new Map()).set(streamName(kind, id), read);
};

/**
 * The stream as this request's guard read it a moment ago: the same read the route would make, so reading it again
 * would only cost a round trip. Undefined when no guard read it (a coordinator's request, another route).
 */
export const guardRead = <S>(request: Request, kind: FoldableKind<S>, id: string): StreamState<S> | undefined =>
  (request as RequestWithReads).guardReads?.get(streamName(kind, id)) as StreamState<S> | undefined;
