import { ServerUnaryCall, UntypedServiceImplementation, sendUnaryData } from '@grpc/grpc-js';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { FaultProxy } from './fault-proxy';

/**
 * What the client asks at connect. BatchAppend is not listed, so the client uses the plain Append RPC,
 * as it does with a server that predates BatchAppend.
 */
const METHODS: [service: string, method: string][] = [
  ['event_store.client.server_features.serverfeatures', 'getsupportedmethods'],
  ['event_store.client.streams.streams', 'read'],
  ['event_store.client.streams.streams', 'append'],
];

export const serverFeaturesService = (proxy: FaultProxy): UntypedServiceImplementation => ({
  getSupportedMethods(call: ServerUnaryCall<Empty, SupportedMethods>, callback: sendUnaryData<SupportedMethods>) {
    if (proxy.mode === 'drop') return proxy.cut(call.getPeer());
    const methods = METHODS.map(([service, method]) => new SupportedMethod().setServiceName(service).setMethodName(method));
    callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('24.10.0-esdb-double'));
  },
});
