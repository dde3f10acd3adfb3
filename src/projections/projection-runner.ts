import { Pool } from 'pg';
import { EventStore, Position } from '../event-store/event-store';
import { Logger } from '@nestjs/common';
import { builtVersion, ensureCheckpoint, readCheckpoints } from './checkpoints';
import { REBUILD_BATCH, RebuildJob, createMissingTables, rebuildTogether, requestRebuild } from './rebuild';
import { ProjectionLock } from './projection-lock';
import { ProjectionGroup } from './projection-group';
import { isDefined } from './define/define-projection';
import { Projection, SqlProjection } from './projection';
import { ProjectionWorker, WorkerOptions, WorkerState } from './projection-worker';
import { ProjectionProgress } from './projection-progress';
import { ProjectionLag, lagAfter } from './projection-lag';
import { ProjectionThread } from './thread/projection-thread';
import { FollowerState } from './thread/projection-thread.messages';
import { LogLevel } from '../config/config';

export interface ProjectionStatus extends ProjectionLag {
  name: string;
  /** This instance's view: running here, or waiting while another instance holds the lock. */
  state: WorkerState;
  position: string | null;
  eventsSeen: number;
  updatedAt: string | null;
  lastError?: { message: string; eventId: string | null; at: string };
}

/** How often a waiting reader looks at the checkpoints of projections another instance runs. */
const CHECKPOINT_POLL_FLOOR_MS = 200;
export const DEFAULT_WORKER_OPTIONS: WorkerOptions = { batchSize: 200, pollMs: 1000, maxBackoffMs: 30000, knownRows: 20000 };

/** Workers write through their own pool; status and waits answer requests, through the requests' pool. */
export interface ProjectionPools {
  requests: Pool;
  workers: Pool;
}

/** One pool for both: a database that takes one connection (embedded), or a test. */
export const sharedPool = (pool: Pool): ProjectionPools => ({ requests: pool, workers: pool });

/** Where the workers run: here, or on a thread of their own with their own connections (a Postgres server). */
export interface RunnerPlacement {
  thread?: { poolSize: number; logLevel: LogLevel };
  /** Told of every commit: a projection thread's runner tells the API thread. */
  onCommit?: (name: string, position: Position) => void;
}

/** What the runner reads of a projection's runner, a worker of its own or a member of the group. */
interface Follower {
  readonly projection: Projection;
  readonly state: WorkerState;
  readonly holdsLock: boolean;
}

/**
 * Runs every projection: the defined ones in one group (one reader, one statement per batch), the others each in
 * its own worker. One failing projection never stops the others.
 */
export class ProjectionRunner {
  private readonly workers: ProjectionWorker[];
  private readonly group?: ProjectionGroup;
  private readonly followers: Follower[];
  private readonly progress: ProjectionProgress;
  private readonly thread?: ProjectionThread;
  private readonly logger = new Logger('projections');
  private controller?: AbortController;
  private running: Promise<void>[] = [];

  constructor(
    readonly projections: Projection[],
    private readonly pools: ProjectionPools,
    private readonly store: EventStore,
    private readonly connectionString: string,
    options: Partial<WorkerOptions> = {},
    placement: RunnerPlacement = {},
  ) {
    const settings = { ...DEFAULT_WORKER_OPTIONS, ...options };
    this.progress = new ProjectionProgress(placement.onCommit);
    if (placement.thread) {
      const data = { connectionString, names: projections.map((p) => p.name), worker: settings, ...placement.thread };
      this.thread = new ProjectionThread(projections, data, store, this.progress);
      this.workers = [];
      this.followers = this.thread.followers;
      return;
    }
    const defined = projections.filter(isDefined);
    this.workers = projections
      .filter((p): p is SqlProjection => !isDefined(p))
      .map((p) => new ProjectionWorker(p, pools.workers, store, connectionString, settings, this.progress));
    if (defined.length > 0) this.group = new ProjectionGroup(defined, pools.workers, store, connectionString, settings, this.progress);
    const followers: Follower[] = [...this.workers, ...(this.group?.members ?? [])];
    this.followers = projections.map((p) => followers.find((f) => f.projection === p)!);
  }

  async prepare(): Promise<void> {
    for (const projection of this.projections) {
      await createMissingTables(this.pools.workers, projection);
      await ensureCheckpoint(this.pools.workers, projection.name, projection.version);
    }
  }

  start(): void {
    if (this.thread) return this.thread.start();
    if (this.controller) return;
    this.controller = new AbortController();
    this.running = [this.startWorkers(this.controller.signal)];
  }

  /**
   * Projections whose version changed are rebuilt first, together, in one pass over the log (those another
   * instance holds are left to it: their workers rebuild them when they get the lock); the others start at once.
   */
  private async startWorkers(signal: AbortSignal): Promise<void> {
    const stale = new Set<string>();
    for (const projection of this.projections) {
      // No checkpoint yet: a new read model, with nothing to rebuild.
      const built = await builtVersion(this.pools.workers, projection.name);
      if (built !== undefined && built !== projection.version) stale.add(projection.name);
    }
    const running = this.workers.filter((w) => !stale.has(w.projection.name)).map((worker) => worker.run(signal));
    // The group takes each lock the rebuild below does not hold; a stale one it takes first, it rebuilds itself.
    if (this.group) running.push(this.group.run(signal));
    if (stale.size > 0) await this.rebuildStale(this.projections.filter((p) => stale.has(p.name)));
    if (!signal.aborted) running.push(...this.workers.filter((w) => stale.has(w.projection.name)).map((worker) => worker.run(signal)));
    await Promise.allSettled(running);
  }

  private async rebuildStale(projections: Projection[]): Promise<void> {
    const jobs: Array<RebuildJob & { lock: ProjectionLock }> = [];
    for (const projection of projections) {
      const lock = new ProjectionLock(this.connectionString, `tutela-projection:${projection.name}`);
      if (await lock.tryAcquire()) jobs.push({ projection, lock, requestId: await requestRebuild(this.pools.workers, projection.name) });
    }
    if (jobs.length === 0) return;
    this.logger.log(`versions changed: rebuilding ${jobs.map((job) => job.projection.name).join(', ')} in one pass`);
    try {
      const failures = await rebuildTogether({ pool: this.pools.workers, store: this.store, jobs, batchSize: REBUILD_BATCH });
      for (const failure of failures) this.logger.error(failure.message);
    } catch (error) {
      this.logger.error(`rebuild at start failed: ${(error as Error).message}`);
    } finally {
      await Promise.all(jobs.map((job) => job.lock.release()));
    }
  }

  async stop(): Promise<void> {
    await this.thread?.stop();
    this.controller?.abort();
    await Promise.allSettled(this.running);
    this.controller = undefined;
    this.running = [];
  }

  async status(): Promise<ProjectionStatus[]> {
    const checkpoints = new Map((await readCheckpoints(this.pools.requests)).map((c) => [c.name, c]));
    return Promise.all(
      this.followers.map(async (worker) => {
        const checkpoint = checkpoints.get(worker.projection.name);
        const lag = await lagAfter(this.store, checkpoint?.position);
        return {
          name: worker.projection.name,
          state: worker.state,
          position: checkpoint?.position ?? null,
          eventsSeen: checkpoint?.eventsSeen ?? 0,
          updatedAt: checkpoint?.updatedAt ?? null,
          ...lag,
          ...(checkpoint?.lastError ? { lastError: checkpoint.lastError } : {}),
        };
      }),
    );
  }

  /** Each projection's state here: what a projection thread tells the API thread. */
  followerStates(): FollowerState[] {
    return this.followers.map((f) => ({ name: f.projection.name, state: f.state, holdsLock: f.holdsLock }));
  }

  /** True when every named projection's checkpoint is at or past the position. */
  async hasReached(position: string, names?: string[]): Promise<boolean> {
    const wanted = new Set(names ?? this.projections.map((p) => p.name));
    const checkpoints = (await readCheckpoints(this.pools.requests)).filter((c) => wanted.has(c.name));
    if (checkpoints.length < wanted.size) return false;
    return checkpoints.every((c) => c.position !== undefined && this.store.comparePositions(c.position, position) >= 0);
  }

  /**
   * Waits until every named projection has passed the position, or the timeout. Projections this instance runs
   * are known in memory and wake the wait when they commit; only the others are read from their checkpoints.
   */
  async waitUntilReached(position: string, names: string[] | undefined, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const polled = new Map<string, string | undefined>();
    let polledAt = -Infinity;
    const passed = (at: string | undefined) => at !== undefined && this.store.comparePositions(at, position) >= 0;
    for (;;) {
      const seen = this.progress.generation;
      const behind = this.workersNamed(names).filter((worker) => !passed(this.progress.positionOf(worker.projection.name)));
      const elsewhere = behind.filter((worker) => !this.runsHere(worker)).map((worker) => worker.projection.name);
      if (elsewhere.length > 0 && Date.now() - polledAt >= CHECKPOINT_POLL_FLOOR_MS) {
        polledAt = Date.now();
        for (const checkpoint of await readCheckpoints(this.pools.requests)) polled.set(checkpoint.name, checkpoint.position);
      }
      if (behind.every((worker) => passed(polled.get(worker.projection.name)))) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await this.progress.nextCommit(elsewhere.length > 0 ? Math.min(left, CHECKPOINT_POLL_FLOOR_MS) : left, seen);
    }
  }

  private workersNamed(names: string[] | undefined): Follower[] {
    return names ? this.followers.filter((worker) => names.includes(worker.projection.name)) : this.followers;
  }

  /** Its worker holds the lock here and has told its position: every commit of it will wake the waiters. */
  private runsHere(worker: Follower): boolean {
    return worker.holdsLock && this.progress.positionOf(worker.projection.name) !== undefined;
  }
}
