import { ServerReadableStream, ServerWritableStream, UntypedServiceImplementation, sendUnaryData, status } from '@grpc/grpc-js';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { AllSubscriptions } from './all-subscriptions';
import { FaultProxy } from './fault-proxy';
import {
  appendSuccess,
  eventMessage,
  expectedRevision,
  proposedEvent,
  readPosition,
  streamName,
  streamNotFound,
  wrongExpectedVersion,
} from './protobuf-messages';
import { StoredEvent, TransactionLog, comparePositions } from './transaction-log';

type ReadCall = ServerWritableStream<ReadReq, ReadResp>;

const BACKWARDS = ReadReq.Options.ReadDirection.BACKWARDS;

/** Streams.Read (stream and $all reads, $all subscriptions) and Streams.Append; other methods answer UNIMPLEMENTED. */
export const streamsService = (log: TransactionLog, subscriptions: AllSubscriptions, proxy: FaultProxy): UntypedServiceImplementation => {
  /** Writes the answer; under the 'drop' fault the connection is cut after the first message. */
  const respond = (call: ReadCall, messages: ReadResp[]): void => {
    for (const message of messages) {
      if (call.cancelled) return;
      call.write(message);
      if (proxy.mode === 'drop') break;
    }
    if (proxy.mode === 'drop') return proxy.cut(call.getPeer());
    call.end();
  };

  const readStream = (call: ReadCall, options: ReadReq.Options): void => {
    const stream = options.getStream()!;
    const name = streamName(stream.getStreamIdentifier());
    const events = log.stream(name);
    if (!events) return respond(call, [streamNotFound(name)]);
    const backwards = options.getReadDirection() === BACKWARDS;
    const from = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasEnd() ? BigInt(events.length - 1) : 0n;
    const selected = backwards
      ? events.filter((event) => event.revision <= from).reverse()
      : events.filter((event) => event.revision >= from);
    respond(
      call,
      page(selected, options).map((event) => eventMessage(event, options)),
    );
  };

  /** Forwards from a position includes the event at it; backwards from a position excludes it. */
  const readAll = (call: ReadCall, options: ReadReq.Options): void => {
    const all = options.getAll()!;
    const from = all.hasPosition() ? readPosition(all.getPosition()!) : undefined;
    const backwards = options.getReadDirection() === BACKWARDS;
    const selected = backwards
      ? log.all.filter((event) => !from || comparePositions(event, from) < 0).reverse()
      : all.hasEnd()
        ? []
        : log.all.filter((event) => !from || comparePositions(event, from) >= 0);
    respond(
      call,
      page(selected, options).map((event) => eventMessage(event, options)),
    );
  };

  return {
    read(call: ReadCall) {
      const options = call.request.getOptions();
      if (options?.hasAll() && options.hasSubscription()) return subscriptions.start(call, options);
      if (options?.hasStream() && options.hasCount()) return readStream(call, options);
      if (options?.hasAll() && options.hasCount()) return readAll(call, options);
      call.emit('error', { code: status.UNIMPLEMENTED, details: 'The double serves stream and $all reads and $all subscriptions only' });
    },

    append(call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) {
      let options: AppendReq.Options | undefined;
      const proposed: AppendReq.ProposedMessage[] = [];
      call.on('data', (request: AppendReq) => {
        if (request.hasOptions()) options = request.getOptions();
        else if (request.hasProposedMessage()) proposed.push(request.getProposedMessage()!);
      });
      call.on('end', () => {
        if (call.cancelled) return;
        if (!options) return callback({ code: status.INVALID_ARGUMENT, details: 'An append starts with its options' });
        const events = proposed.map(proposedEvent);
        if (events.some((event) => !event.type || !event.contentType)) {
          return callback({ code: status.INVALID_ARGUMENT, details: 'Required metadata property is missing: type or content-type' });
        }
        const expected = expectedRevision(options);
        const outcome = log.append(streamName(options.getStreamIdentifier()), expected, events);
        // Under 'drop' the write happens and its answer is lost, as when a connection dies mid-call.
        if (proxy.mode === 'drop') return proxy.cut(call.getPeer());
        callback(
          null,
          outcome.ok ? appendSuccess(outcome.currentRevision, outcome.position) : wrongExpectedVersion(expected, outcome.currentRevision),
        );
      });
    },
  };
};

const page = (events: StoredEvent[], options: ReadReq.Options): StoredEvent[] => events.slice(0, Number(options.getCount()));
