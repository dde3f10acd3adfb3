import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';
import { createPool } from '../src/database/pool';
import { EventLog } from '../src/event-store/event-log';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';

/**
 * npm run bench: measures, never asserts. Against DATABASE_URL (a scratch database is made there) or embedded PGlite.
 * 1. appends per second through the hash-chained log, one writer and eight;
 * 2. live subscription latency: append acknowledged -> event delivered to a subscriber in this process.
 */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => `${percentile(sorted, p).toFixed(2)} ms`;
  return `p50 ${at(50)}, p95 ${at(95)}, p99 ${at(99)}, max ${sorted[sorted.length - 1].toFixed(2)} ms`;
};
const metadata = () => ({
  actor: { id: 'bench', role: 'coordinator' },
  correlationId: randomUUID(),
  causationId: randomUUID(),
  occurredAt: new Date().toISOString(),
});

const throughput = async (log: EventLog, writers: number, appendsEach: number) => {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      const stream = `bench-${randomUUID()}`;
      for (let i = 0; i < appendsEach; i++) {
        await log.append(
          stream,
          [{ type: 'BenchNoted', data: { i, text: 'x'.repeat(200) }, metadata: metadata() }],
          i === 0 ? 'no_stream' : BigInt(i - 1),
        );
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`append, ${writers} writer(s) × ${appendsEach}: ${Math.round((writers * appendsEach) / seconds)} events/s`);
};

const subscriptionLatency = async (store: PostgresEventStore, log: EventLog, samples: number) => {
  const controller = new AbortController();
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const subscription = (async () => {
    for await (const event of store.subscribeToAll({ after: await store.headPosition(), signal: controller.signal })) {
      const at = sent.get(event.stream);
      if (at === undefined) continue;
      latencies.push(performance.now() - at);
      if (latencies.length === samples) resolveDone();
    }
  })();
  for (let i = 0; i < samples; i++) {
    const stream = `latency-${randomUUID()}`;
    await log.append(stream, [{ type: 'BenchNoted', data: { i }, metadata: metadata() }], 'no_stream');
    sent.set(stream, performance.now());
    await new Promise((resolve) => setTimeout(resolve, 20)); // an idle machine between events
  }
  await done;
  controller.abort();
  await subscription;
  console.log(`live subscription, ${samples} events, ack -> delivered: ${summary(latencies)}`);
};

const main = async () => {
  const serverUrl = process.env.DATABASE_URL;
  let pool: Pool;
  let cleanup: () => Promise<void>;
  if (serverUrl) {
    const name = `tutela_bench_${Date.now()}`;
    const admin = createPool(serverUrl, 1);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    pool = createPool(url.toString(), 10);
    cleanup = async () => {
      await pool.end();
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await admin.end();
    };
    console.log('store: PostgreSQL server (scratch database)');
  } else {
    const embedded = await startEmbeddedPostgres('memory');
    pool = createPool(embedded.connectionString, 1);
    cleanup = async () => {
      await pool.end();
      await embedded.stop();
    };
    console.log('store: embedded PGlite (in memory)');
  }
  try {
    await migrate(pool);
    const store = new PostgresEventStore(pool);
    const log = new EventLog(store);
    await throughput(log, 1, 500);
    await throughput(log, 8, 250);
    await subscriptionLatency(store, log, 200);
  } finally {
    await cleanup();
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
