import { EventStore, Position, RecordedEvent } from '../event-store/event-store';
import { EventOrdinals, countEventsAfter } from './event-count';

/** A log that cannot count, as EventStoreDB's $all: positions are numbers as text, reads are counted. */
const logOf = (length: number) => {
  const events = Array.from({ length }, (_, i) => ({ position: String(i * 10 + 7) }) as RecordedEvent);
  const store = {
    reads: 0,
    eventsRead: 0,
    comparePositions: (a: Position, b: Position) => Number(a) - Number(b),
    async *readAll(options: { after?: Position; maxCount?: number } = {}) {
      store.reads++;
      const from = options.after === undefined ? 0 : events.findIndex((e) => Number(e.position) > Number(options.after));
      if (from < 0) return;
      for (const event of events.slice(from, from + (options.maxCount ?? events.length))) {
        store.eventsRead++;
        yield event;
      }
    },
  };
  return { events, store: store as typeof store & EventStore };
};

describe('counting events where the store cannot (EventStoreDB)', () => {
  it('counts past any cap: every event after a position, from the first one on', async () => {
    const { events, store } = logOf(25_000);
    const ordinals = new EventOrdinals(store, 1000);
    expect(await ordinals.countAfter(undefined)).toBe(25_000);
    expect(await ordinals.countAfter(events[0].position)).toBe(24_999);
    expect(await ordinals.countAfter(events[11_999].position)).toBe(13_000);
    expect(await ordinals.countAfter(events[24_999].position)).toBe(0);
  });

  it('reads the log once, then only what was appended and at most a mark’s stretch to place a position', async () => {
    const { events, store } = logOf(5_000);
    const ordinals = new EventOrdinals(store, 1000);
    await ordinals.countAfter(undefined);
    expect(store.eventsRead).toBe(5_000);
    events.push(...Array.from({ length: 3 }, (_, i) => ({ position: String(50_007 + i * 10) }) as RecordedEvent));
    store.eventsRead = 0;
    expect(await ordinals.countAfter(events[4_500].position)).toBe(5_003 - 4_501);
    expect(store.eventsRead).toBeLessThanOrEqual(3 + 1001);
  });

  it('finds a position’s mark by halving, not by walking every mark', async () => {
    const { events, store } = logOf(20_000);
    const ordinals = new EventOrdinals(store, 10);
    await ordinals.countAfter(undefined);
    let comparisons = 0;
    const compare = store.comparePositions;
    store.comparePositions = (a, b) => (comparisons++, compare(a, b));
    expect(await ordinals.countAfter(events[15_004].position)).toBe(4_995);
    // 2,000 marks: about 11 halvings, then at most a mark's stretch of 10 read forward.
    expect(comparisons).toBeLessThanOrEqual(11 + 1 + 11);
  });

  it('uses the store’s own count where it has one (Postgres)', async () => {
    const { store } = logOf(10);
    const counting = Object.assign(Object.create(store), { countAfter: async () => 42 });
    expect(await countEventsAfter(counting, undefined)).toBe(42);
  });
});
