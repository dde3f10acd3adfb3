import 'reflect-metadata';
import { createPool } from '../database/pool';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrate } from '../database/migrate';
import { ConfigError, loadConfig } from '../config/config';
import { createEventStore } from '../event-store/create-event-store';
import { assertDataDirFree } from '../database/data-dir-lock';
import { ALL_PROJECTIONS } from './all-projections';
import { ProjectionLock } from './projection-lock';
import { readRebuild, progressLine } from './rebuild-progress';
import { REBUILD_BATCH, rebuildProjection, requestRebuild } from './rebuild';
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
    for (const name of names) {
      const projection = ALL_PROJECTIONS.find((p) => p.name === name)!;
      const id = await requestRebuild(pool, name);
      const lock = new ProjectionLock(url, `tutela-projection:${name}`);
      const started = Date.now();
      const runHere = await lock.tryAcquire();
      const work = runHere
        ? rebuildProjection({ pool, store, projection, requestId: id, batchSize: REBUILD_BATCH }).finally(() => lock.release())
        : undefined;
      if (!runHere) console.log(`${name}: a running instance holds this projection; it will rebuild it. Following its progress…`);
      let progress = await readRebuild(pool, id);
      while (progress && (progress.state === 'requested' || progress.state === 'running')) {
        process.stdout.write(`${tty ? '\r' : ''}${progressLine(progress, Date.now() - started)}${tty ? '' : '\n'}`);
        await Promise.race([work, new Promise((r) => setTimeout(r, tty ? 200 : 2000))]);
        progress = await readRebuild(pool, id);
      }
      await work;
      progress = await readRebuild(pool, id);
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`${tty ? '\r' : ''}${progressLine(progress!, Date.now() - started)}\n`);
      if (progress?.state !== 'done') throw new Error(`${name}: rebuild ${progress?.state}: ${progress?.error ?? ''}`);
      console.log(
        `${name}: rebuilt from ${progress.eventsDone} events in ${seconds.toFixed(1)} s; tables swapped in: ${projection.tables.map((t) => t.name).join(', ')}`,
      );
    }
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
