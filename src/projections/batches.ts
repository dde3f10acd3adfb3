const IDLE = Symbol('idle');

/** Resolves after the events already queued have run: what a source can give without waiting for I/O. */
const nextTurn = () => new Promise<typeof IDLE>((resolve) => setImmediate(() => resolve(IDLE)));

/**
 * Groups a stream of events into batches: whatever the source has ready (up to maxSize) goes together, so a
 * catch-up commits a page per batch, and a live event is taken at once instead of after a pause.
 * With `fill`, a batch waits for maxSize events or the end: a replay of history, where waiting costs nothing.
 */
export async function* batches<T>(source: AsyncIterable<T>, maxSize: number, options: { fill?: boolean } = {}): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  try {
    for (;;) {
      const first = await pending;
      if (first.done) return;
      const batch = [first.value];
      pending = iterator.next();
      while (batch.length < maxSize) {
        const next = options.fill ? await pending : await Promise.race([pending, nextTurn()]);
        if (next === IDLE) break;
        if (next.done) {
          yield batch;
          return;
        }
        batch.push(next.value);
        pending = iterator.next();
      }
      yield batch;
    }
  } finally {
    await iterator.return?.();
  }
}
