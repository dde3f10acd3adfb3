import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { EventStore, Position } from '../event-store/event-store';
import { CheckpointMovedError, ProjectionHandlerError, applyBatch } from './apply-batch';
import { batches } from './batches';
import { builtVersion, ensureCheckpoint, readCheckpoints, recordProjectionError } from './checkpoints';
import { SqlProjection, liveTables } from './projection';
import { ProjectionLock } from './projection-lock';
import { ProjectionProgress } from './projection-progress';
import {
  createMissingTables,
  nextRebuildRequest,
  REBUILD_BATCH,
  rebuildProjection,
  requestRebuild,
  resumeInterruptedRebuild,
} from './rebuild';

export interface WorkerOptions {
  batchSize: number;
  /** How often a waiting instance tries the lock, and a running one checks for rebuild requests. */
  pollMs: number;
  maxBackoffMs: number;
  /** Rows a defined projection's runner keeps known between batches, so a busy case is not read back each time. */
  knownRows: number;
}

export type WorkerState = 'waiting-for-lock' | 'running' | 'rebuilding' | 'failing' | 'stopped';

export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/** Runs one projection: holds its lock, follows the store from its checkpoint, retries with backoff on failure. */
export class ProjectionWorker {
  state: WorkerState = 'stopped';
  private readonly lock: ProjectionLock;
  private readonly logger: Logger;

  constructor(
    readonly projection: SqlProjection,
    private readonly pool: Pool,
    private readonly store: EventStore,
    connectionString: string,
    private readonly options: WorkerOptions,
    private readonly progress: ProjectionProgress,
  ) {
    this.lock = new ProjectionLock(connectionString, `tutela-projection:${projection.name}`);
    this.logger = new Logger(`projection:${projection.name}`);
  }

  /** True while this instance holds the projection: only its worker moves the checkpoint. */
  get holdsLock(): boolean {
    return this.lock.held;
  }

  async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      this.state = 'waiting-for-lock';
      if (!(await this.lock.tryAcquire())) {
        await sleep(this.options.pollMs, signal);
        continue;
      }
      try {
        await this.prepare();
        await this.follow(signal);
        failures = 0;
      } catch (error) {
        failures++;
        this.state = 'failing';
        const eventId = error instanceof ProjectionHandlerError ? error.event.id : undefined;
        this.logger.error(`${(error as Error).message}${eventId ? '' : ` (${(error as Error).stack})`}`);
        if (!(error instanceof CheckpointMovedError)) {
          await recordProjectionError(this.pool, this.projection.name, (error as Error).message, eventId).catch(() => undefined);
        }
        await sleep(Math.min(this.options.maxBackoffMs, 250 * 2 ** Math.min(failures, 10)), signal);
      }
    }
    this.state = 'stopped';
    await this.lock.release();
  }

  private async prepare(): Promise<void> {
    await createMissingTables(this.pool, this.projection);
    const { name, version } = this.projection;
    await ensureCheckpoint(this.pool, name, version);
    await resumeInterruptedRebuild(this.pool, name);
    // Only the lock holder asks, so two instances starting together ask once.
    const built = await builtVersion(this.pool, name);
    if (built !== version) {
      this.logger.log(`built by version ${built}, now version ${version}: rebuilding`);
      await requestRebuild(this.pool, name);
    }
  }

  /** Applies batches until aborted, the lock is lost, or a rebuild is requested (then runs it). */
  private async follow(signal: AbortSignal): Promise<void> {
    const request = await nextRebuildRequest(this.pool, this.projection.name);
    if (request) {
      this.state = 'rebuilding';
      await rebuildProjection({
        pool: this.pool,
        store: this.store,
        projection: this.projection,
        requestId: request,
        batchSize: REBUILD_BATCH,
      });
      return;
    }
    const [checkpoint] = (await readCheckpoints(this.pool)).filter((c) => c.name === this.projection.name);
    let position: Position | undefined = checkpoint?.position;
    this.progress.committed(this.projection.name, position);
    this.state = 'running';
    const inner = new AbortController();
    const stopInner = () => inner.abort();
    signal.addEventListener('abort', stopInner, { once: true });
    if (signal.aborted) inner.abort(); // a listener added after the abort never fires
    const watchdog = setInterval(() => {
      if (!this.lock.held) inner.abort();
      nextRebuildRequest(this.pool, this.projection.name).then(
        (id) => id && inner.abort(),
        () => undefined,
      );
    }, this.options.pollMs);
    try {
      const tables = liveTables(this.projection);
      // The subscription must be aborted before leaving the loop: closing it waits for its pending read.
      for await (const batch of batches(this.store.subscribeToAll({ after: position, signal: inner.signal }), this.options.batchSize)) {
        if (!this.lock.held) {
          inner.abort();
          return;
        }
        try {
          await applyBatch(this.pool, this.projection, batch, tables, { checkpoint: { from: position } });
        } catch (error) {
          inner.abort();
          throw error;
        }
        position = batch[batch.length - 1].position;
        this.progress.committed(this.projection.name, position);
      }
    } finally {
      clearInterval(watchdog);
      signal.removeEventListener('abort', stopInner);
      inner.abort();
    }
  }
}
