import { EventStore, Position } from '../event-store/event-store';

interface Mark {
  position: Position;
  /** How many events the log holds up to and including this position. */
  ordinal: number;
}

/** A mark every this many events: finding a checkpoint's ordinal reads at most this many. */
const MARK_EVERY = 1000;

/**
 * Ordinals of positions in a log that cannot count (EventStoreDB's $all): the log is read once, then only what was
 * appended since, keeping a mark every MARK_EVERY events. Events after a position are then the log's length minus
 * the position's ordinal: exact, without a cap, and cheap after the first count.
 */
export class EventOrdinals {
  private readonly marks: Mark[] = [];
  private head?: Mark;
  private reading?: Promise<void>;

  constructor(
    private readonly store: EventStore,
    private readonly markEvery = MARK_EVERY,
  ) {}

  async countAfter(after: Position | undefined): Promise<number> {
    await this.catchUp();
    const total = this.head?.ordinal ?? 0;
    return after === undefined ? total : Math.max(0, total - (await this.ordinalOf(after)));
  }

  /** Reads what was appended since the last count; concurrent callers share one read. */
  private catchUp(): Promise<void> {
    this.reading ??= this.readNew().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async readNew(): Promise<void> {
    let ordinal = this.head?.ordinal ?? 0;
    for await (const event of this.store.readAll({ after: this.head?.position })) {
      ordinal++;
      this.head = { position: event.position, ordinal };
      if (ordinal % this.markEvery === 0) this.marks.push(this.head);
    }
  }

  /** From the last mark at or before the position, read forward to it. */
  private async ordinalOf(position: Position): Promise<number> {
    const before = this.lastMarkAtOrBefore(position);
    if (before && this.store.comparePositions(before.position, position) === 0) return before.ordinal;
    let ordinal = before?.ordinal ?? 0;
    for await (const event of this.store.readAll({ after: before?.position, maxCount: this.markEvery + 1 })) {
      if (this.store.comparePositions(event.position, position) > 0) break;
      ordinal++;
    }
    return ordinal;
  }

  /** Marks are in log order: a binary search, so a checkpoint costs log2(marks) comparisons however long the log. */
  private lastMarkAtOrBefore(position: Position): Mark | undefined {
    let low = 0;
    let high = this.marks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.store.comparePositions(this.marks[middle].position, position) <= 0) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? this.marks[low - 1] : undefined;
  }
}

const ordinals = new WeakMap<EventStore, EventOrdinals>();

/** Events after a position, without a cap: counted by the store where it can (Postgres: one count(*)), else by ordinals. */
export const countEventsAfter = async (store: EventStore, after: Position | undefined): Promise<number> => {
  if (store.countAfter) return store.countAfter(after);
  let known = ordinals.get(store);
  if (!known) ordinals.set(store, (known = new EventOrdinals(store)));
  return known.countAfter(after);
};
