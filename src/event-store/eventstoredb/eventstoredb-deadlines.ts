import { CancelledError, DeadlineExceededError, NotLeaderError, TimeoutError, UnavailableError } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../event-store';

/** gRPC status codes that mean "the server is gone or did not answer": CANCELLED, DEADLINE_EXCEEDED, ABORTED, UNAVAILABLE. */
const UNAVAILABLE_CODES = new Set([1, 4, 10, 14]);

const isGrpcUnavailable = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && UNAVAILABLE_CODES.has((error as { code: unknown }).code as number);

export const isUnavailable = (error: unknown): boolean =>
  error instanceof EventStoreUnavailableError ||
  error instanceof UnavailableError ||
  error instanceof DeadlineExceededError ||
  error instanceof CancelledError ||
  error instanceof TimeoutError ||
  error instanceof NotLeaderError ||
  isGrpcUnavailable(error);

export const asUnavailable = (error: unknown, what: string): unknown =>
  error instanceof EventStoreUnavailableError || !isUnavailable(error)
    ? error
    : new EventStoreUnavailableError(`EventStoreDB unavailable during ${what}: ${(error as Error).message}`, error);

const timedOut = (what: string, ms: number) => new EventStoreUnavailableError(`EventStoreDB did not answer ${what} within ${ms} ms`);

/** The client's own deadlines do not cover connecting, so every call gets this one. */
export const within = <T>(ms: number, what: string, work: Promise<T>): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(what, ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
};

export type Outcome<T> = IteratorResult<T> | 'idle' | 'aborted';

/** Pulls one item at a time from a client stream, each bounded by a wait and an abort signal. */
export class BoundedReader<T> {
  private readonly iterator: AsyncIterator<T>;
  private pending?: Promise<IteratorResult<T>>;

  constructor(source: AsyncIterable<T>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** The next item; 'idle' when nothing came within `ms` (the pull stays pending for the next call). */
  async next(ms: number, signal?: AbortSignal): Promise<Outcome<T>> {
    if (signal?.aborted) return 'aborted';
    this.pending ??= this.iterator.next();
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const wait = new Promise<'idle' | 'aborted'>((resolve) => {
      timer = setTimeout(() => resolve('idle'), ms);
      onAbort = () => resolve('aborted');
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      const outcome = await Promise.race([this.pending, wait]);
      if (outcome !== 'idle' && outcome !== 'aborted') this.pending = undefined;
      return outcome;
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Reads the next item or fails as unavailable when none comes within `ms`. */
  async require(ms: number, what: string): Promise<IteratorResult<T>> {
    const outcome = await this.next(ms);
    if (outcome === 'idle' || outcome === 'aborted') throw timedOut(what, ms);
    return outcome;
  }
}
