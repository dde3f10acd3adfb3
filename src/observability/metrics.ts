import { Logger } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface GaugeCallback<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  /** Called on every scrape: set the gauge's values here. Keep it quick; it holds the scrape. */
  collect: (gauge: Gauge<L>) => void | Promise<void>;
}

/**
 * tutela's Prometheus series, in a registry of their own (one per application, so that tests can run
 * several apps in one process). Other modules inject this and add gauges with `gauge()`.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');

  readonly httpRequestDuration = new Histogram({
    name: 'tutela_http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'tutela_events_appended_total',
    help: 'Events appended to the event store, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'tutela_append_conflicts_total',
    help: 'Appends refused for a wrong expected revision (a concurrent write), by stream category',
    labelNames: ['stream_category'] as const,
    registers: [this.registry],
  });

  readonly idempotentReplays = new Counter({
    name: 'tutela_idempotent_replays_total',
    help: 'Requests that reused an Idempotency-Key: replayed (first answer returned), key_reused (422), in_progress (409)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly eventStoreCallDuration = new Histogram({
    name: 'tutela_event_store_call_duration_seconds',
    help: 'Event store call latency by operation and outcome (ok, conflict, unavailable, error)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly collectFailures = new Counter({
    name: 'tutela_metric_collect_failures_total',
    help: 'Gauge callbacks that threw during a scrape (the gauge kept its previous values)',
    labelNames: ['metric'] as const,
    registers: [this.registry],
  });

  constructor() {
    // Node process metrics (CPU, memory, event loop lag, GC, handles) under their usual names.
    collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge whose values are set at scrape time, e.g. projection lag and checkpoint. A failing callback never fails the scrape. */
  gauge<L extends string>({ name, help, labelNames, collect }: GaugeCallback<L>): Gauge<L> {
    const failures = this.collectFailures;
    const logger = this.logger;
    return new Gauge<L>({
      name,
      help,
      labelNames: labelNames ?? [],
      registers: [this.registry],
      async collect() {
        try {
          await collect(this);
        } catch (error) {
          failures.inc({ metric: name });
          logger.warn(`collecting ${name} failed: ${(error as Error).message}`);
        }
      },
    });
  }

  contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** `case-<uuid>` -> `case`: a bounded label, never the stream's id. */
export const streamCategory = (stream: string): string => {
  const prefix = stream.split('-', 1)[0];
  return /^[a-z][a-z_]{0,30}$/.test(prefix) ? prefix : 'other';
};
