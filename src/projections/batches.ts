const IDLE = Symbol('idle');

/**
 * Groups a stream of events into batches: as many as arrive without a pause (up to maxSize),
 * so a catch-up commits hundreds per transaction and a live event is committed at once.
 */
export async function* batches<T>(source: AsyncIterable<T>, maxSize: number, pauseMs = 5): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  try {
    for (;;) {
      const first = await pending;
      if (first.done) return;
      const batch = [first.value];
      pending = iterator.next();
      while (batch.length < maxSize) {
        let timer: NodeJS.Timeout | undefined;
        const next = await Promise.race([
          pending,
          new Promise<typeof IDLE>((resolve) => (timer = setTimeout(() => resolve(IDLE), pauseMs))),
        ]);
        clearTimeout(timer);
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
