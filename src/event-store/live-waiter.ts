/** Wakes live subscribers as soon as this process appends; the poll interval is the floor for other writers. */
export class LiveWaiter {
  private waiters = new Set<() => void>();
  /** Counts wakes: a reader notes it before reading, and does not sleep if it moved meanwhile. */
  generation = 0;

  wake(): void {
    this.generation++;
    const waiting = this.waiters;
    this.waiters = new Set();
    for (const resolve of waiting) resolve();
  }

  /** Resolves at the next wake, the timeout or the abort; at once if a wake came after `since` was noted. */
  wait(timeoutMs: number, signal?: AbortSignal, since?: number): Promise<void> {
    if (signal?.aborted || (since !== undefined && since !== this.generation)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      signal?.addEventListener('abort', done, { once: true });
      this.waiters.add(done);
    });
  }
}
