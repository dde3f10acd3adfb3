import { randomUUID } from 'node:crypto';
import { ServerWritableStream } from '@grpc/grpc-js';
import { ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { FaultProxy } from './fault-proxy';
import { caughtUp, checkpoint, confirmation, eventMessage, readPosition } from './protobuf-messages';
import { StoredEvent, TransactionLog, comparePositions } from './transaction-log';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

/** The server's search window when the client asks for none (a "count" window). */
const DEFAULT_SEARCH_WINDOW = 32;

interface Subscriber {
  call: ReadCall;
  options: ReadReq.Options;
  matches: (event: StoredEvent) => boolean;
  /** Filtered subscriptions get a checkpoint after this many scanned events; unfiltered ones get none. */
  checkpointEvery?: number;
  scanned: number;
}

/** Catch-up then live subscriptions to $all, with the server-side filter and checkpoints. */
export class AllSubscriptions {
  private readonly live = new Set<Subscriber>();

  constructor(
    private readonly log: TransactionLog,
    private readonly proxy: FaultProxy,
  ) {
    log.onAppend((events) => {
      for (const subscriber of this.live) this.deliver(subscriber, events);
    });
  }

  /** Confirmation, then every event after the position (exclusive), then live events until the client cancels. */
  start(call: ReadCall, options: ReadReq.Options): void {
    const all = options.getAll()!;
    const filter = options.hasFilter() ? options.getFilter() : undefined;
    const subscriber: Subscriber = { call, options, matches: eventFilter(filter), checkpointEvery: searchWindow(filter), scanned: 0 };
    call.write(confirmation(randomUUID()));
    if (this.proxy.mode === 'drop') return this.proxy.cut(call.getPeer());
    const from = all.hasPosition() ? readPosition(all.getPosition()!) : undefined;
    const backlog = all.hasEnd() ? [] : this.log.all.filter((event) => !from || comparePositions(event, from) > 0);
    this.deliver(subscriber, backlog);
    const head = this.log.all[this.log.all.length - 1];
    if (subscriber.checkpointEvery && head) call.write(checkpoint(head));
    call.write(caughtUp());
    this.live.add(subscriber);
    call.on('cancelled', () => this.live.delete(subscriber));
  }

  /** The 'drop' fault: cut the connection of every open subscription. */
  dropAll(): void {
    for (const subscriber of this.live) {
      this.live.delete(subscriber);
      this.proxy.cut(subscriber.call.getPeer());
    }
  }

  stop(): void {
    for (const subscriber of this.live) subscriber.call.end();
    this.live.clear();
  }

  private deliver(subscriber: Subscriber, events: StoredEvent[]): void {
    const { call, options, checkpointEvery } = subscriber;
    for (const event of events) {
      if (call.cancelled) return;
      if (subscriber.matches(event)) call.write(eventMessage(event, options));
      if (checkpointEvery && ++subscriber.scanned >= checkpointEvery) {
        subscriber.scanned = 0;
        call.write(checkpoint(event));
      }
    }
  }
}

type Filter = ReadReq.Options.FilterOptions;

const eventFilter = (filter: Filter | undefined): ((event: StoredEvent) => boolean) => {
  if (!filter) return () => true;
  const onType = filter.hasEventType();
  const expression = onType ? filter.getEventType()! : filter.getStreamIdentifier()!;
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression.getPrefixList();
  return (event) => {
    const subject = onType ? event.type : event.stream;
    return regex ? regex.test(subject) : prefixes.some((prefix) => subject.startsWith(prefix));
  };
};

const searchWindow = (filter: Filter | undefined): number | undefined =>
  filter && (filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW) * Math.max(1, filter.getCheckpointintervalmultiplier());
