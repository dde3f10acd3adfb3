import { SpanStatusCode, context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { Metrics } from '../observability/metrics';
import { inSpan } from '../observability/tracing';
import { EventStore, NewEvent, RecordedEvent, WrongExpectedRevisionError } from './event-store';
import { InstrumentedEventStore } from './instrumented-event-store';

/** Just enough of a store: one stream in memory, a revision check, and a note of whether a read was closed. */
const fakeStore = () => {
  const events: RecordedEvent[] = [];
  const state = { readClosed: false };
  const store: EventStore = {
    async appendToStream(stream, news: NewEvent[], { expectedRevision }) {
      const current = events.length ? BigInt(events.length - 1) : 'no_stream';
      if (expectedRevision !== 'any' && expectedRevision !== current)
        throw new WrongExpectedRevisionError(stream, expectedRevision, current);
      for (const event of news) events.push({ ...event, stream, revision: BigInt(events.length), position: String(events.length) });
      return { nextRevision: BigInt(events.length - 1), position: String(events.length - 1) };
    },
    async *readStream() {
      try {
        yield* events;
      } finally {
        state.readClosed = true;
      }
    },
    async *readAll() {
      yield* events;
    },
    subscribeToAll: () => ({ [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) }),
    comparePositions: (a, b) => Number(a) - Number(b),
    headPosition: async () => (events.length ? String(events.length - 1) : undefined),
    ping: async () => undefined,
    close: async () => undefined,
  };
  return { store, state };
};

const event = (type: string): NewEvent => ({ id: `${type}-${Math.random()}`, type, data: {}, metadata: {} });

describe('InstrumentedEventStore', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  beforeAll(() => provider.register());
  afterAll(async () => {
    await provider.shutdown();
    trace.disable();
    context.disable();
  });
  beforeEach(() => exporter.reset());

  const setUp = () => {
    const metrics = new Metrics();
    const { store, state } = fakeStore();
    return { metrics, state, store: new InstrumentedEventStore(store, metrics, 'postgres') };
  };
  const valueOf = async (
    metric: { get(): Promise<{ values: Array<{ labels: object; value: number; metricName?: string }> }> },
    labels: object,
    name?: string,
  ) =>
    (await metric.get()).values.find(
      (v) => JSON.stringify(v.labels) === JSON.stringify(labels) && (name === undefined || v.metricName === name),
    )?.value;

  it('counts appended events by type and times the call, in a client span', async () => {
    const { metrics, store } = setUp();
    await store.appendToStream('family-1', [event('FamilyRegistered'), event('FamilyMemberAdded')], { expectedRevision: 'no_stream' });
    await store.appendToStream('family-1', [event('FamilyMemberAdded')], { expectedRevision: 1n });
    expect(await valueOf(metrics.eventsAppended, { type: 'FamilyRegistered' })).toBe(1);
    expect(await valueOf(metrics.eventsAppended, { type: 'FamilyMemberAdded' })).toBe(2);
    expect(
      await valueOf(
        metrics.eventStoreCallDuration,
        { operation: 'append', outcome: 'ok' },
        'tutela_event_store_call_duration_seconds_count',
      ),
    ).toBe(2);
    const [span] = exporter.getFinishedSpans();
    expect(span.name).toBe('eventstore append');
    expect(span.attributes).toMatchObject({
      'db.system.name': 'postgresql',
      'tutela.stream': 'family-1',
      'tutela.event_count': 2,
      'tutela.expected_revision': 'no_stream',
    });
  });

  it('counts a conflict by stream category, and marks the span with the error name only', async () => {
    const { metrics, store } = setUp();
    await store.appendToStream('case-1', [event('CaseOpened')], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream('case-1', [event('CaseClosed')], { expectedRevision: 5n })).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect(await valueOf(metrics.appendConflicts, { stream_category: 'case' })).toBe(1);
    expect(await valueOf(metrics.eventsAppended, { type: 'CaseClosed' })).toBeUndefined();
    expect(
      await valueOf(
        metrics.eventStoreCallDuration,
        { operation: 'append', outcome: 'conflict' },
        'tutela_event_store_call_duration_seconds_count',
      ),
    ).toBe(1);
    const failed = exporter.getFinishedSpans()[1];
    expect(failed.status).toEqual({ code: SpanStatusCode.ERROR, message: 'WrongExpectedRevisionError' });
  });

  it('measures a read until the caller stops, closes the inner read when the caller breaks off, and nests under the command span', async () => {
    const { metrics, state, store } = setUp();
    await store.appendToStream('family-2', [event('A'), event('B'), event('C')], { expectedRevision: 'no_stream' });
    exporter.reset();
    await inSpan('command family', {}, async () => {
      for await (const read of store.readStream('family-2')) {
        expect(read.type).toBe('A');
        break;
      }
    });
    expect(state.readClosed).toBe(true);
    const spans = exporter.getFinishedSpans();
    const read = spans.find((s) => s.name === 'eventstore read_stream')!;
    const command = spans.find((s) => s.name === 'command family')!;
    expect(read.attributes['tutela.event_count']).toBe(1);
    expect(read.parentSpanContext?.spanId).toBe(command.spanContext().spanId);
    expect(
      await valueOf(
        metrics.eventStoreCallDuration,
        { operation: 'read_stream', outcome: 'ok' },
        'tutela_event_store_call_duration_seconds_count',
      ),
    ).toBe(1);
  });

  it('passes the long-lived subscription and position comparison straight through', async () => {
    const { store } = setUp();
    expect(store.comparePositions('2', '10')).toBeLessThan(0);
    for await (const _ of store.subscribeToAll()) throw new Error('nothing expected');
    expect(exporter.getFinishedSpans()).toHaveLength(0);
  });
});
