import { Empty, StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { AppendReq, AppendResp, ReadReq, ReadResp } from '@eventstore/db-client/generated/streams_pb';
import { Expected, LogPosition, ProposedEvent, StoredEvent } from './transaction-log';

/** Between protobuf messages of the v1 client protocol and the double's plain records. */

export const streamName = (identifier: StreamIdentifier | undefined): string =>
  Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');

const streamIdentifier = (name: string): StreamIdentifier => new StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));

export const parseUuid = (uuid: UUID | undefined): string => {
  if (uuid?.hasStructured()) {
    const structured = uuid.getStructured()!;
    const hex = [structured.getMostSignificantBits(), structured.getLeastSignificantBits()]
      .map((bits) => BigInt.asUintN(64, BigInt(bits)).toString(16).padStart(16, '0'))
      .join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return (uuid?.getString() ?? '').toLowerCase(); // a server Guid prints in lower case
};

const uuidMessage = (id: string, structured: boolean): UUID => {
  if (!structured) return new UUID().setString(id);
  const hex = id.replace(/-/g, '');
  const bits = (part: string) => BigInt.asIntN(64, BigInt(`0x${part}`)).toString();
  return new UUID().setStructured(
    new UUID.Structured().setMostSignificantBits(bits(hex.slice(0, 16))).setLeastSignificantBits(bits(hex.slice(16))),
  );
};

export const proposedEvent = (message: AppendReq.ProposedMessage): ProposedEvent => ({
  id: parseUuid(message.getId()),
  type: message.getMetadataMap().get('type') ?? '',
  contentType: message.getMetadataMap().get('content-type') ?? '',
  data: message.getData_asU8(),
  metadata: message.getCustomMetadata_asU8(),
});

export const expectedRevision = (options: AppendReq.Options): Expected =>
  options.hasRevision()
    ? BigInt(options.getRevision())
    : options.hasNoStream()
      ? 'no_stream'
      : options.hasStreamExists()
        ? 'stream_exists'
        : 'any';

export const appendSuccess = (revision: bigint, position: LogPosition): AppendResp =>
  new AppendResp().setSuccess(
    new AppendResp.Success()
      .setCurrentRevision(revision.toString())
      .setPosition(new AppendResp.Position().setCommitPosition(position.commit.toString()).setPreparePosition(position.prepare.toString())),
  );

export const wrongExpectedVersion = (expected: Expected, current: bigint | undefined): AppendResp => {
  const wrong = new AppendResp.WrongExpectedVersion();
  if (current === undefined) wrong.setCurrentNoStream(new Empty());
  else wrong.setCurrentRevision(current.toString());
  if (expected === 'any') wrong.setExpectedAny(new Empty());
  else if (expected === 'no_stream') wrong.setExpectedNoStream(new Empty());
  else if (expected === 'stream_exists') wrong.setExpectedStreamExists(new Empty());
  else wrong.setExpectedRevision(expected.toString());
  return new AppendResp().setWrongExpectedVersion(wrong);
};

export const readPosition = (position: ReadReq.Options.Position): LogPosition => ({
  commit: BigInt(position.getCommitPosition()),
  prepare: BigInt(position.getPreparePosition()),
});

export const eventMessage = (event: StoredEvent, options: ReadReq.Options): ReadResp => {
  const record = new ReadResp.ReadEvent.RecordedEvent()
    .setId(uuidMessage(event.id, options.getUuidOption()?.hasStructured() ?? false))
    .setStreamIdentifier(streamIdentifier(event.stream))
    .setStreamRevision(event.revision.toString())
    .setCommitPosition(event.commit.toString())
    .setPreparePosition(event.prepare.toString())
    .setData(event.data)
    .setCustomMetadata(event.metadata);
  record.getMetadataMap().set('type', event.type).set('content-type', event.contentType).set('created', event.created.toString());
  return new ReadResp().setEvent(new ReadResp.ReadEvent().setEvent(record).setCommitPosition(event.commit.toString()));
};

export const streamNotFound = (name: string): ReadResp =>
  new ReadResp().setStreamNotFound(new ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)));

export const confirmation = (id: string): ReadResp =>
  new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(id));

export const checkpoint = (position: LogPosition): ReadResp =>
  new ReadResp().setCheckpoint(
    new ReadResp.Checkpoint().setCommitPosition(position.commit.toString()).setPreparePosition(position.prepare.toString()),
  );

export const caughtUp = (): ReadResp => new ReadResp().setCaughtUp(new ReadResp.CaughtUp());
