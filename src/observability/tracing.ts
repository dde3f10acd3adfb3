import { Attributes, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { IncomingMessage } from 'node:http';
import { AppConfig } from '../config/config';

export interface TracingHandle {
  /** Flushes the spans still buffered; call after the app closed. */
  shutdown(): Promise<void>;
}

// Liveness probes and scrapes are noise in a trace store.
const UNTRACED = /^\/(health|metrics)(\/|\?|$)/;

/**
 * OpenTelemetry over OTLP/HTTP, only when an endpoint is configured: otherwise none of the SDK is even
 * loaded, and the spans below are the API's no-ops. The exporter reads the standard OTEL_EXPORTER_OTLP_*
 * variables itself (endpoint, headers); the sampler reads OTEL_TRACES_SAMPLER.
 */
export const startTracing = (settings: AppConfig['tracing']): TracingHandle | undefined => {
  if (!settings.endpoint) return undefined;
  // Loaded on demand and synchronously: main must have http patched before its next import.
  /* eslint-disable @typescript-eslint/no-require-imports -- import() would be asynchronous, too late to patch http */
  const { NodeTracerProvider, BatchSpanProcessor } =
    require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } =
    require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED.test(request.url ?? ''),
        // Query strings may carry personal data: the server span keeps the path only.
        startIncomingSpanHook: (request) => ((request as IncomingMessage).url?.includes('?') ? { 'url.query': 'REDACTED' } : {}),
      }),
    ],
  });
  return {
    async shutdown() {
      unregister();
      await provider.shutdown();
    },
  };
};

const errorName = (error: unknown): string => (error instanceof Error ? error.name : 'Error');

/**
 * Runs work in an active child span. A failure marks the span with the error's name only:
 * messages can quote data, and traces leave the service like logs do.
 */
export const inSpan = <T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>, kind = SpanKind.INTERNAL): Promise<T> =>
  trace.getTracer('tutela').startActiveSpan(name, { kind, attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: errorName(error) });
      throw error;
    } finally {
      span.end();
    }
  });

export const markSpanFailed = (span: Span, error: unknown): void => {
  span.setStatus({ code: SpanStatusCode.ERROR, message: errorName(error) });
};
