import 'reflect-metadata';
import { createPool } from '../database/pool';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrate } from '../database/migrate';
import { ConfigError, loadConfig } from '../config/config';
import { createEventStore } from '../event-store/create-event-store';
import { assertDataDirFree } from '../database/data-dir-lock';
import { ALL_PROJECTIONS } from './all-projections';
import { ProjectionLock } from './projection-lock';
import { ReadRebuild, ReadRebuildHandler, progressLine } from './rebuild-progress';
import { REBUILD_BATCH, RebuildJob, rebuildTogether, requestRebuild } from './rebuild';
import { parseRebuildArgs } from './rebuild-args';

/**
 * npm run projections:rebuild -- <name>|--all|--list
 * Replays from zero into shadow tables and swaps them in. If a running instance holds the projection,
 * the request is left for it and this command follows its progress.
 */
const run = async (): Promise<number> => {
  const known = ALL_PROJECTIONS.map((p) => p.name);
  const request = parseRebuildArgs(process.argv.slice(2), known);
  if (request.kind === 'list') {
    console.log(known.join('\n'));
    return 0;
  }
  if (request.kind === 'usage') {
    console.error('usage: npm run projections:rebuild -- <name>...|--all|--list');
    if (request.unknown.length) console.error(`unknown projection(s): ${request.unknown.join(', ')}`);
    console.error(`projections: ${known.join(', ')}`);
    return 2;
  }
  const names = request.names;
  const config = loadConfig();
  if (!config.databaseUrl) assertDataDirFree(config.dataDir);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(config.dataDir);
  const url = config.databaseUrl ?? embedded!.connectionString;
  const pool = createPool(url, embedded ? 1 : 4);
  const store = await createEventStore(config, pool);
  const tty = process.stdout.isTTY;
  try {
    await migrate(pool);
    // Every projection this command can lock is rebuilt in one pass over the log; a running instance rebuilds the rest.
    const started = Date.now();
    const requests: Array<RebuildJob & { lock: ProjectionLock; here: boolean }> = [];
    for (const name of names) {
      const projection = ALL_PROJECTIONS.find((p) => p.name === name)!;
      const lock = new ProjectionLock(url, `tutela-projection:${name}`);
      requests.push({ projection, requestId: await requestRebuild(pool, name), lock, here: await lock.tryAcquire() });
    }
    for (const request of requests.filter((r) => !r.here)) {
      console.log(`${request.projection.name}: a running instance holds this projection; it will rebuild it. Following its progress…`);
    }
    const mine = requests.filter((r) => r.here);
    const work = mine.length
      ? rebuildTogether({ pool, store, jobs: mine, batchSize: REBUILD_BATCH }).finally(() => Promise.all(mine.map((r) => r.lock.release())))
      : undefined;
    const rebuilds = new ReadRebuildHandler(pool);
    const progressOf = () => Promise.all(requests.map((r) => rebuilds.execute(new ReadRebuild(r.requestId))));
    let progress = await progressOf();
    while (progress.some((p) => p && (p.state === 'requested' || p.state === 'running'))) {
      await Promise.race([work, new Promise((r) => setTimeout(r, tty ? 500 : 2000))]);
      progress = await progressOf();
      for (const p of progress) if (p) console.log(progressLine(p, Date.now() - started));
    }
    await work;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    let failed = false;
    for (const [i, p] of (await progressOf()).entries()) {
      const { projection } = requests[i];
      if (p?.state !== 'done') {
        failed = true;
        console.error(`${projection.name}: rebuild ${p?.state}: ${p?.error ?? ''}`);
        continue;
      }
      const tables = projection.tables.map((t) => t.name).join(', ');
      console.log(`${projection.name}: rebuilt from ${p.eventsDone} events in ${seconds} s; tables swapped in: ${tables}`);
    }
    if (failed) throw new Error('some projections were not rebuilt');
    return 0;
  } finally {
    await store.close();
    await pool.end();
    await embedded?.stop();
  }
};

run().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : `rebuild failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
