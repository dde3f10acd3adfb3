import { EventStoreDBClient } from '@eventstore/db-client';
import { within } from './eventstoredb-deadlines';

interface ClientStream {
  destroy(): void;
  cancel?(): Promise<void>;
  unsubscribe?(): Promise<void>;
}

const ignore = (): undefined => undefined;

/** Cancels the gRPC call behind a read or subscription and ends its readable. */
export const stopStream = (stream: ClientStream): void => {
  void (stream.cancel ?? stream.unsubscribe)?.call(stream).catch(ignore);
  stream.destroy();
};

/**
 * Cancels a client's calls and closes its channel. The 6.x client has no close(), and a channel left
 * on a silent server keeps its socket until keep-alive gives up.
 */
export const releaseClient = async (client: EventStoreDBClient, timeoutMs: number): Promise<void> => {
  await within(timeoutMs, 'dispose', client.dispose()).catch(ignore);
  const internal = client as unknown as { getChannel?: () => Promise<{ close(): void }> };
  const channel = await within(timeoutMs, 'channel lookup', internal.getChannel?.() ?? Promise.resolve(undefined)).catch(ignore);
  channel?.close();
};
