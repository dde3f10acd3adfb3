import { randomUUID } from 'node:crypto';
import { EventStore, NewEvent, RecordedEvent, WrongExpectedRevisionError } from '../../src/event-store/event-store';

export interface StoreUnderTest {
  store: EventStore;
  teardown(): Promise<void>;
}

export const newEvent = (type = 'SomethingHappened', data: unknown = { n: 1 }): NewEvent => ({
  id: randomUUID(),
  type,
  data,
  metadata: { actor: { id: 'alice', role: 'social-worker' }, correlationId: randomUUID() },
});

export const collect = async (events: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
};

export const streamName = (prefix = 'contract'): string => `${prefix}-${randomUUID()}`;

/**
 * The events of some streams in readAll order, once at least `expected` are visible. On a shared Postgres server
 * a transaction open anywhere in the cluster (another test file) holds readAll back, by design, for a moment.
 */
export const readAllOf = async (store: EventStore, streams: (stream: string) => boolean, expected = 1): Promise<RecordedEvent[]> => {
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 20))) {
    const events = (await collect(store.readAll())).filter((event) => streams(event.stream));
    if (events.length >= expected || Date.now() - started > 10000) return events;
  }
};

const wrongRevision = async (promise: Promise<unknown>): Promise<WrongExpectedRevisionError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  return error as WrongExpectedRevisionError;
};

/** The one contract every adapter passes (DESIGN §5). */
export const describeEventStoreContract = (name: string, setup: () => Promise<StoreUnderTest>): void => {
  describe(`${name}: event store contract`, () => {
    let subject: StoreUnderTest;
    let store: EventStore;
    beforeAll(async () => {
      subject = await setup();
      store = subject.store;
    });
    afterAll(async () => subject?.teardown());

    describe('expected revision', () => {
      it('no_stream creates a stream at revision 0 and refuses an existing one', async () => {
        const stream = streamName();
        const first = await store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' });
        expect(first.nextRevision).toBe(0n);
        const error = await wrongRevision(store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' }));
        expect(error.expected).toBe('no_stream');
        expect(error.actual).toBe(0n);
      });

      it('an exact revision appends when it matches and names both revisions when it does not', async () => {
        const stream = streamName();
        await store.appendToStream(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const next = await store.appendToStream(stream, [newEvent()], { expectedRevision: 1n });
        expect(next.nextRevision).toBe(2n);
        const error = await wrongRevision(store.appendToStream(stream, [newEvent()], { expectedRevision: 1n }));
        expect(error.expected).toBe(1n);
        expect(error.actual).toBe(2n);
        const missing = await wrongRevision(store.appendToStream(streamName(), [newEvent()], { expectedRevision: 0n }));
        expect(missing.actual).toBe('no_stream');
      });

      it('stream_exists refuses a missing stream and accepts an existing one', async () => {
        const stream = streamName();
        const error = await wrongRevision(store.appendToStream(stream, [newEvent()], { expectedRevision: 'stream_exists' }));
        expect(error.actual).toBe('no_stream');
        await store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' });
        const next = await store.appendToStream(stream, [newEvent()], { expectedRevision: 'stream_exists' });
        expect(next.nextRevision).toBe(1n);
      });

      it('any appends whatever the stream holds', async () => {
        const stream = streamName();
        expect((await store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' })).nextRevision).toBe(0n);
        expect((await store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' })).nextRevision).toBe(1n);
      });
    });

    describe('atomic and idempotent appends', () => {
      it('appends a batch as consecutive revisions, all or none', async () => {
        const stream = streamName();
        const batch = [newEvent('A'), newEvent('B'), newEvent('C')];
        const result = await store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
        expect(result.nextRevision).toBe(2n);
        await wrongRevision(store.appendToStream(stream, [newEvent('D'), newEvent('E')], { expectedRevision: 0n }));
        const events = await collect(store.readStream(stream));
        expect(events.map((e) => [e.type, e.revision])).toEqual([
          ['A', 0n],
          ['B', 1n],
          ['C', 2n],
        ]);
        expect(events.map((e) => e.id)).toEqual(batch.map((e) => e.id));
      });

      it('refuses a malformed batch before writing anything', async () => {
        const stream = streamName();
        const duplicate = newEvent();
        await expect(store.appendToStream(stream, [duplicate, duplicate], { expectedRevision: 'any' })).rejects.toThrow();
        await expect(store.appendToStream(stream, [{ ...newEvent(), id: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toThrow();
        expect(await collect(store.readStream(stream))).toEqual([]);
      });

      it('a replay of the same event ids returns the first result and writes nothing', async () => {
        const stream = streamName();
        const batch = [newEvent('A'), newEvent('B')];
        const first = await store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
        const replay = await store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
        expect(replay.nextRevision).toBe(first.nextRevision);
        expect(store.comparePositions(replay.position, first.position)).toBe(0);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
        const replayAny = await store.appendToStream(stream, batch, { expectedRevision: 'any' });
        expect(replayAny.nextRevision).toBe(1n);
        expect(await collect(store.readStream(stream))).toHaveLength(2);
      });

      it('keeps data and metadata exactly', async () => {
        const stream = streamName();
        const data = { text: 'Colloquio con la madre — «è preoccupata»', nested: { list: [1, 'due', null, true] }, n: 3.25 };
        const event = {
          ...newEvent('Noted', data),
          metadata: { actor: { id: 'bob', role: 'psychologist' }, occurredAt: '2026-01-02T03:04:05.000Z' },
        };
        await store.appendToStream(stream, [event], { expectedRevision: 'no_stream' });
        const [read] = await collect(store.readStream(stream));
        expect(read).toMatchObject({ id: event.id, stream, revision: 0n, type: 'Noted', data, metadata: event.metadata });
      });
    });

    describe('reading a stream', () => {
      let stream: string;
      beforeAll(async () => {
        stream = streamName();
        await store.appendToStream(
          stream,
          Array.from({ length: 12 }, (_, i) => newEvent(`E${i}`)),
          { expectedRevision: 'no_stream' },
        );
      });
      const types = async (events: AsyncIterable<RecordedEvent>) => (await collect(events)).map((e) => e.type);

      it('reads forwards from a revision, with maxCount', async () => {
        expect(await types(store.readStream(stream))).toEqual(Array.from({ length: 12 }, (_, i) => `E${i}`));
        expect(await types(store.readStream(stream, { fromRevision: 3n, maxCount: 2 }))).toEqual(['E3', 'E4']);
        expect(await types(store.readStream(stream, { fromRevision: 'start', maxCount: 1 }))).toEqual(['E0']);
      });

      it('reads backwards from the end or from a revision, with maxCount', async () => {
        expect(await types(store.readStream(stream, { direction: 'backwards', maxCount: 3 }))).toEqual(['E11', 'E10', 'E9']);
        expect(await types(store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 }))).toEqual(['E11']);
        expect(await types(store.readStream(stream, { direction: 'backwards', fromRevision: 2n }))).toEqual(['E2', 'E1', 'E0']);
      });

      it('yields nothing for a stream that does not exist, or past its end', async () => {
        expect(await collect(store.readStream(streamName()))).toEqual([]);
        expect(await collect(store.readStream(stream, { fromRevision: 12n }))).toEqual([]);
        expect(await types(store.readStream(stream, { direction: 'backwards', fromRevision: 10n, maxCount: 2 }))).toEqual(['E10', 'E9']);
      });
    });

    describe('reading all', () => {
      it('returns events in append order, after a position (exclusive), with maxCount', async () => {
        const prefix = `all-${randomUUID()}`;
        const appended: string[] = [];
        for (let i = 0; i < 12; i++) {
          const event = newEvent(`E${i}`);
          await store.appendToStream(`${prefix}-${i % 2}`, [event], { expectedRevision: 'any' });
          appended.push(event.id);
        }
        const mine = await readAllOf(store, (s) => s.startsWith(prefix), 12);
        expect(mine.map((e) => e.id)).toEqual(appended);
        for (let i = 1; i < mine.length; i++) expect(store.comparePositions(mine[i - 1].position, mine[i].position)).toBeLessThan(0);
        const after = (await collect(store.readAll({ after: mine[2].position }))).filter((e) => e.stream.startsWith(prefix));
        expect(after.map((e) => e.id)).toEqual(appended.slice(3));
        expect(await collect(store.readAll({ after: mine[2].position, maxCount: 2 }))).toHaveLength(2);
        const head = await store.headPosition();
        expect(head).toBeDefined();
        expect(store.comparePositions(head!, mine[11].position)).toBeGreaterThanOrEqual(0);
      });

      it('an append answers with the position its last event holds in readAll', async () => {
        const stream = streamName();
        const result = await store.appendToStream(stream, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const mine = await readAllOf(store, (s) => s === stream, 2);
        expect(store.comparePositions(mine[1].position, result.position)).toBe(0);
      });
    });

    describe('subscribing to all', () => {
      it('catches up, then delivers live events, until aborted', async () => {
        const stream = streamName('sub');
        const before = [newEvent('Before1'), newEvent('Before2')];
        await store.appendToStream(stream, before, { expectedRevision: 'no_stream' });
        const controller = new AbortController();
        const received: RecordedEvent[] = [];
        const live = newEvent('Live');
        const done = (async () => {
          for await (const event of store.subscribeToAll({ signal: controller.signal })) {
            if (event.stream !== stream) continue;
            received.push(event);
            if (received.length === 2) await store.appendToStream(stream, [live], { expectedRevision: 1n });
            if (received.length === 3) controller.abort();
          }
        })();
        await done;
        expect(received.map((e) => e.id)).toEqual([...before.map((e) => e.id), live.id]);
      });

      it('starts after a given position and ends at once when aborted while idle', async () => {
        const stream = streamName('sub');
        await store.appendToStream(stream, [newEvent('One'), newEvent('Two')], { expectedRevision: 'no_stream' });
        const [first] = await readAllOf(store, (s) => s === stream, 2);
        const controller = new AbortController();
        const received: string[] = [];
        const done = (async () => {
          for await (const event of store.subscribeToAll({ after: first.position, signal: controller.signal })) {
            if (event.stream === stream) received.push(event.type);
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 300));
        controller.abort();
        await done;
        expect(received).toEqual(['Two']);
      });
    });
  });
};
