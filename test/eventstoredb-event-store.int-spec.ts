import { EventStore, EventStoreUnavailableError, RecordedEvent } from '../src/event-store/event-store';
import { EventStoreDbEventStore } from '../src/event-store/eventstoredb/eventstoredb-event-store';
import { describeConcurrencyContract } from './support/concurrency-contract';
import { EsdbDouble, FaultMode, startEsdbDouble } from './support/esdb-double/esdb-double';
import { collect, describeEventStoreContract, newEvent, streamName } from './support/event-store-contract';

const overDouble = async () => {
  const double = await startEsdbDouble();
  const store = EventStoreDbEventStore.fromConnectionString(double.connectionString);
  return {
    store,
    teardown: async () => {
      await store.close();
      await double.stop();
    },
  };
};

describeEventStoreContract('eventstoredb (gRPC double)', overDouble);
describeConcurrencyContract('eventstoredb (gRPC double)', overDouble);

const server = process.env.EVENTSTORE_CONNECTION_STRING;
if (server) {
  describeEventStoreContract('eventstoredb (server)', async () => {
    const store = EventStoreDbEventStore.fromConnectionString(server);
    return { store, teardown: () => store.close() };
  });
} else {
  console.info('eventstoredb (server): skipped, EVENTSTORE_CONNECTION_STRING is not set (the contract ran against the gRPC double)');
}

/** The first event a subscription delivers; the subscription is then aborted. */
const firstSubscribed = async (store: EventStore): Promise<RecordedEvent> => {
  const controller = new AbortController();
  for await (const event of store.subscribeToAll({ signal: controller.signal })) {
    controller.abort();
    return event;
  }
  throw new Error('the subscription ended without an event');
};

const failure = (work: Promise<unknown>): Promise<unknown> =>
  work.then(
    () => 'no failure',
    (error: unknown) => error,
  );

describe('eventstoredb adapter over a failing server (gRPC double)', () => {
  const timeoutMs = 500;
  let double: EsdbDouble;
  let store: EventStoreDbEventStore;
  const stream = streamName('fault');

  beforeAll(async () => {
    double = await startEsdbDouble();
    store = EventStoreDbEventStore.fromConnectionString(double.connectionString, { timeoutMs });
    await store.appendToStream(stream, [newEvent(), newEvent(), newEvent()], { expectedRevision: 'no_stream' });
  });
  afterEach(() => double.setFault('none'));
  afterAll(async () => {
    await store?.close();
    await double?.stop();
  });

  const calls: [string, () => Promise<unknown>][] = [
    ['appendToStream', () => store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' })],
    ['readStream', () => collect(store.readStream(stream))],
    ['readAll', () => collect(store.readAll())],
    ['ping', () => store.ping()],
    ['headPosition', () => store.headPosition()],
    ['subscribeToAll', () => firstSubscribed(store)],
  ];

  describe.each<FaultMode>(['hang', 'refuse', 'drop'])('%s', (mode) => {
    it.each(calls)('%s rejects with EventStoreUnavailableError, and works once the fault is cleared', async (_, call) => {
      await double.setFault(mode);
      expect(await failure(call())).toBeInstanceOf(EventStoreUnavailableError);
      await double.setFault('none');
      expect(await failure(call())).toBe('no failure');
    });

    it('a live subscription ends with EventStoreUnavailableError', async () => {
      const controller = new AbortController();
      const subscription = store.subscribeToAll({ signal: controller.signal })[Symbol.asyncIterator]();
      expect((await subscription.next()).done).toBe(false);
      await double.setFault(mode);
      const drained = (async () => {
        for (let next = await subscription.next(); !next.done; next = await subscription.next());
      })();
      const error = await failure(drained);
      controller.abort();
      expect(error).toBeInstanceOf(EventStoreUnavailableError);
    });
  });

  it('a subscription keeps delivering after an idle period longer than the timeout', async () => {
    const controller = new AbortController();
    const live = newEvent('AfterIdle');
    const received: string[] = [];
    const done = (async () => {
      for await (const event of store.subscribeToAll({ signal: controller.signal })) {
        if (event.id === live.id) controller.abort();
        received.push(event.id);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, timeoutMs * 3));
    await store.appendToStream(stream, [live], { expectedRevision: 'any' });
    await done;
    expect(received).toContain(live.id);
  });
});
