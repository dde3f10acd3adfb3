import { Attributes, SpanKind, trace } from '@opentelemetry/api';
import { Metrics, streamCategory } from '../observability/metrics';
import { inSpan, markSpanFailed } from '../observability/tracing';
import {
  AppendResult,
  EventStore,
  EventStoreUnavailableError,
  AppendOptions,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  WrongExpectedRevisionError,
  describeRevision,
} from './event-store';

type Outcome = 'ok' | 'conflict' | 'unavailable' | 'error';

const outcomeOf = (error: unknown): Outcome =>
  error instanceof WrongExpectedRevisionError ? 'conflict' : error instanceof EventStoreUnavailableError ? 'unavailable' : 'error';

/**
 * The configured adapter, measured: a latency observation and a span per call, events appended by type,
 * conflicts by stream category. Same port, same behaviour; stream ids go to spans, never to metric labels.
 */
export class InstrumentedEventStore implements EventStore {
  private readonly base: Attributes;
  /** Present only when the adapter can count. */
  readonly countAfter?: (after?: Position) => Promise<number>;
  /** Present only when the adapter tells of its appends (Postgres). */
  readonly watchAppends?: (listener: () => void) => () => void;
  readonly appendedElsewhere?: () => void;

  constructor(
    private readonly inner: EventStore,
    private readonly metrics: Metrics,
    system: 'postgres' | 'eventstoredb',
  ) {
    this.base = { 'db.system.name': system === 'postgres' ? 'postgresql' : 'eventstoredb' };
    const count = inner.countAfter?.bind(inner);
    if (count) this.countAfter = (after) => this.call('count_after', {}, () => count(after));
    this.watchAppends = inner.watchAppends?.bind(inner);
    this.appendedElsewhere = inner.appendedElsewhere?.bind(inner);
  }

  async appendToStream(stream: string, events: NewEvent[], options: AppendOptions): Promise<AppendResult> {
    const attributes = {
      'tutela.stream': stream,
      'tutela.event_count': events.length,
      'tutela.expected_revision': describeRevision(options.expectedRevision),
    };
    try {
      const result = await this.call('append', attributes, () => this.inner.appendToStream(stream, events, options));
      for (const event of events) this.metrics.eventsAppended.inc({ type: event.type });
      return result;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) this.metrics.appendConflicts.inc({ stream_category: streamCategory(stream) });
      throw error;
    }
  }

  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.iterate('read_stream', { 'tutela.stream': stream }, () => this.inner.readStream(stream, options));
  }

  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.iterate('read_all', {}, () => this.inner.readAll(options));
  }

  /** Long-lived (catch-up, then live until aborted): one span or latency for its lifetime would mean nothing. */
  subscribeToAll(options?: SubscribeOptions): AsyncIterable<RecordedEvent> {
    return this.inner.subscribeToAll(options);
  }

  comparePositions(a: Position, b: Position): number {
    return this.inner.comparePositions(a, b);
  }

  headPosition(): Promise<Position | undefined> {
    return this.call('head_position', {}, () => this.inner.headPosition());
  }

  ping(): Promise<void> {
    return this.call('ping', {}, () => this.inner.ping());
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private call<T>(operation: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    return inSpan(
      `eventstore ${operation}`,
      { ...this.base, 'db.operation.name': operation, ...attributes },
      async () => {
        try {
          const result = await work();
          this.observe(operation, 'ok', started);
          return result;
        } catch (error) {
          this.observe(operation, outcomeOf(error), started);
          throw error;
        }
      },
      SpanKind.CLIENT,
    );
  }

  /** A read is measured from its first pull until the caller stops iterating (finished, broke off, or failed). */
  private async *iterate(
    operation: string,
    attributes: Attributes,
    open: () => AsyncIterable<RecordedEvent>,
  ): AsyncIterable<RecordedEvent> {
    const span = trace.getTracer('tutela').startSpan(`eventstore ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { ...this.base, 'db.operation.name': operation, ...attributes },
    });
    const started = process.hrtime.bigint();
    let outcome: Outcome = 'ok';
    let count = 0;
    try {
      for await (const event of open()) {
        count++;
        yield event;
      }
    } catch (error) {
      outcome = outcomeOf(error);
      markSpanFailed(span, error);
      throw error;
    } finally {
      span.setAttribute('tutela.event_count', count);
      span.end();
      this.observe(operation, outcome, started);
    }
  }

  private observe(operation: string, outcome: Outcome, started: bigint): void {
    this.metrics.eventStoreCallDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}
