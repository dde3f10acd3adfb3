import { Response } from 'express';
import { IntegrationEvent } from '../integration-events/integration-event';

/** One Server-Sent Events frame per event: the position as id, so that Last-Event-ID resumes right after it. */
export const eventFrame = (event: IntegrationEvent): string =>
  `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
export const HEARTBEAT_FRAME = ': heartbeat\n\n';
/** An id without data moves the client's Last-Event-ID past events the types filter left out, and dispatches nothing. */
export const cursorFrame = (position: string): string => `id: ${position}\n\n`;

/**
 * Writes frames and never buffers past the socket's high-water mark: when write() says the buffer is full,
 * the caller waits for 'drain' before it pulls the next event, so a slow reader slows the reads instead of filling memory.
 */
export class SseWriter {
  private full = false;
  private idSent: string | undefined;

  constructor(
    private readonly response: Response,
    private readonly signal: AbortSignal,
  ) {}

  async event(event: IntegrationEvent): Promise<void> {
    this.idSent = event.position;
    await this.write(eventFrame(event));
  }

  /** Skipped while the socket is full: a stream that cannot drain is not idle. */
  heartbeat(lastRead: string | undefined): void {
    if (this.full || this.signal.aborted) return;
    if (lastRead !== undefined && lastRead !== this.idSent) {
      this.idSent = lastRead;
      this.response.write(cursorFrame(lastRead));
    }
    this.response.write(HEARTBEAT_FRAME);
  }

  private async write(frame: string): Promise<void> {
    if (this.response.write(frame)) return;
    this.full = true;
    await drainedOrGone(this.response, this.signal);
    this.full = false;
  }
}

const drainedOrGone = (response: Response, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
    signal.addEventListener('abort', done, { once: true });
  });
