/** Waits ms, or less when the signal aborts or wake() is called: a loop's pause that never delays a shutdown or new work. */
export class AbortableSleep {
  private wakeUp?: () => void;
  private woken = false;

  constructor(private readonly signal: AbortSignal) {}

  wait(ms: number): Promise<void> {
    if (this.woken || this.signal.aborted) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.signal.removeEventListener('abort', done);
        this.wakeUp = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.signal.addEventListener('abort', done, { once: true });
      this.wakeUp = done;
    });
  }

  /** Ends the current wait, or the next one at once when nobody is waiting (work arrived in between). */
  wake(): void {
    if (this.wakeUp) this.wakeUp();
    else this.woken = true;
  }
}
