import { Server, ServerCredentials } from '@grpc/grpc-js';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { AllSubscriptions } from './all-subscriptions';
import { FaultMode, FaultProxy } from './fault-proxy';
import { serverFeaturesService } from './server-features-service';
import { streamsService } from './streams-service';
import { TransactionLog } from './transaction-log';

export type { FaultMode } from './fault-proxy';

export interface EsdbDouble {
  /** esdb://127.0.0.1:<port>?tls=false: an insecure single node, as the client sees it. */
  connectionString: string;
  /** Resolves once the fault is in place (for 'refuse' and back, once the port is closed or open again). */
  setFault(mode: FaultMode): Promise<void>;
  stop(): Promise<void>;
}

/** A protocol-level EventStoreDB double: a gRPC server on 127.0.0.1 behind a fault-injecting TCP hop (see README.md). */
export const startEsdbDouble = async (): Promise<EsdbDouble> => {
  const log = new TransactionLog();
  const server = new Server();
  const grpcPort = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port))),
  );
  const proxy = new FaultProxy(grpcPort);
  const subscriptions = new AllSubscriptions(log, proxy);
  server.addService(StreamsService, streamsService(log, subscriptions, proxy));
  server.addService(ServerFeaturesService, serverFeaturesService(proxy));
  const port = await proxy.listen();
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    async setFault(mode) {
      await proxy.setMode(mode);
      if (mode === 'drop') subscriptions.dropAll();
    },
    async stop() {
      subscriptions.stop();
      await proxy.stop();
      server.forceShutdown();
    },
  };
};
