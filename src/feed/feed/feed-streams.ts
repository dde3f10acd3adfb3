import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { EVENT_STORE, EventStore, Position } from '../../event-store/event-store';
import { toIntegrationEvent } from '../integration-events/publish';
import { WantedEvents } from './feed-filter';
import { SseWriter } from './sse-writer';

const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // Never cached, and never held back by a buffering proxy (nginx honours X-Accel-Buffering).
  'Cache-Control': 'no-store',
  'X-Accel-Buffering': 'no',
  Connection: 'keep-alive',
};

/** The open SSE streams of GET /feed/stream: catch-up, then live, one store subscription each. */
@Injectable()
export class FeedStreams implements BeforeApplicationShutdown {
  private readonly logger = new Logger('FeedStreams');
  private readonly open = new Map<AbortController, Promise<void>>();
  /** Events taken from store subscriptions by every stream: it stops growing while a client does not read. */
  eventsPulled = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get openStreams(): number {
    return this.open.size;
  }

  /** Resolves when the client goes away or the application stops. */
  serve(response: Response, request: { after?: Position; wanted: WantedEvents }): Promise<void> {
    const stop = new AbortController();
    // The response closes when the client disconnects (a request's own 'close' can fire as soon as its body is read).
    response.on('close', () => stop.abort());
    const streaming = this.stream(response, request, stop.signal).finally(() => this.open.delete(stop));
    this.open.set(stop, streaming);
    return streaming;
  }

  private async stream(response: Response, request: { after?: Position; wanted: WantedEvents }, signal: AbortSignal): Promise<void> {
    response.writeHead(200, SSE_HEADERS);
    response.flushHeaders();
    const writer = new SseWriter(response, signal);
    let lastRead: Position | undefined;
    const heartbeat = setInterval(() => writer.heartbeat(lastRead), this.config.integrations.feedHeartbeatMs);
    try {
      // for await pulls the next event only once the previous frame is written and drained: that is the back-pressure.
      for await (const event of this.store.subscribeToAll({ after: request.after, signal })) {
        this.eventsPulled++;
        const published = toIntegrationEvent(event);
        if (published && request.wanted(published)) await writer.event(published);
        lastRead = event.position;
        if (signal.aborted) break;
      }
    } catch (error) {
      // Headers are gone: the client reconnects with Last-Event-ID and misses nothing.
      if (!signal.aborted) this.logger.error(`feed stream failed after ${lastRead ?? 'the start'}`, (error as Error)?.stack);
    } finally {
      clearInterval(heartbeat);
      response.end();
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const stop of this.open.keys()) stop.abort();
    await Promise.allSettled(this.open.values());
  }
}
