import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { EventStore, Position, RecordedEvent } from '../event-store/event-store';
import { batches } from './batches';
import { builtVersion, ensureCheckpoint, readCheckpoints, recordProjectionError } from './checkpoints';
import { DefinedProjection } from './define/define-projection';
import { ProjectionBatchError, ProjectionMemory, RowBatchRun, settle, writeRuns } from './define/row-batch';
import { liveTables } from './projection';
import { ProjectionLock } from './projection-lock';
import { ProjectionProgress } from './projection-progress';
import { WorkerOptions, WorkerState, sleep } from './projection-worker';
import { REBUILD_BATCH, createMissingTables, rebuildTogether, requestRebuild, resumeInterruptedRebuild } from './rebuild';

/** One defined projection in the group: its own lock, checkpoint position, known rows and health. */
export class GroupMember {
  state: WorkerState = 'stopped';
  position: Position | undefined;
  prepared = false;
  failures = 0;
  retryAt = 0;
  readonly lock: ProjectionLock;
  readonly memory: ProjectionMemory;
  readonly logger: Logger;

  constructor(
    readonly projection: DefinedProjection,
    connectionString: string,
    knownRows: number,
  ) {
    this.lock = new ProjectionLock(connectionString, `tutela-projection:${projection.name}`);
    this.memory = new ProjectionMemory(projection, knownRows);
    this.logger = new Logger(`projection:${projection.name}`);
  }

  get holdsLock(): boolean {
    return this.lock.held;
  }

  /** Held here, prepared, and not backing off after a failure. */
  get ready(): boolean {
    return this.lock.held && this.prepared && Date.now() >= this.retryAt;
  }
}

/**
 * One reader for every defined projection this instance holds: each batch read from the store goes to all of them,
 * their misses are loaded in one query, and their writes and checkpoints go in one statement. Each keeps its own
 * advisory lock (one owner across instances) and its own checkpoint; one that fails backs off alone and the others
 * go on; when it retries, the reader starts again from the oldest position and each skips what it has.
 */
export class ProjectionGroup {
  readonly members: GroupMember[];

  constructor(
    projections: DefinedProjection[],
    private readonly pool: Pool,
    private readonly store: EventStore,
    connectionString: string,
    private readonly options: WorkerOptions,
    private readonly progress: ProjectionProgress,
  ) {
    this.members = projections.map((projection) => new GroupMember(projection, connectionString, options.knownRows));
  }

  async run(signal: AbortSignal): Promise<void> {
    const logger = new Logger('projections');
    while (!signal.aborted) {
      try {
        await this.takeLocks();
        await this.runRebuilds();
        const ready = this.members.filter((member) => member.ready);
        if (ready.length === 0) await sleep(this.options.pollMs, signal);
        else await this.follow(ready, signal);
      } catch (error) {
        logger.error(`projection reader: ${(error as Error).message}`);
        for (const member of this.members) member.memory.clear();
        await sleep(Math.min(this.options.maxBackoffMs, 1000), signal);
      }
    }
    for (const member of this.members) {
      member.state = 'stopped';
      await member.lock.release();
    }
  }

  private async takeLocks(): Promise<void> {
    for (const member of this.members) {
      if (!member.lock.held) {
        member.prepared = false;
        if (!(await member.lock.tryAcquire())) {
          member.state = 'waiting-for-lock';
          continue;
        }
      }
      if (!member.prepared) await this.prepare(member);
    }
  }

  private async prepare(member: GroupMember): Promise<void> {
    const { name, version } = member.projection;
    await createMissingTables(this.pool, member.projection);
    await ensureCheckpoint(this.pool, name, version);
    await resumeInterruptedRebuild(this.pool, name);
    // Only the lock holder asks, so two instances starting together ask once.
    const built = await builtVersion(this.pool, name);
    if (built !== version) {
      member.logger.log(`built by version ${built}, now version ${version}: rebuilding`);
      await requestRebuild(this.pool, name);
    }
    member.memory.clear();
    member.prepared = true;
  }

  /** Rebuilds every requested projection held here, together, in one pass over the log. */
  private async runRebuilds(): Promise<void> {
    const held = this.members.filter((member) => member.lock.held && member.prepared);
    if (held.length === 0) return;
    const { rows } = await this.pool.query(
      "SELECT DISTINCT ON (name) name, id FROM projection_rebuilds WHERE state = 'requested' AND name = ANY($1) ORDER BY name, requested_at",
      [held.map((member) => member.projection.name)],
    );
    if (rows.length === 0) return;
    const jobs = rows.map((row) => ({ member: held.find((m) => m.projection.name === row.name)!, requestId: row.id as string }));
    for (const { member } of jobs) member.state = 'rebuilding';
    const failures = await rebuildTogether({
      pool: this.pool,
      store: this.store,
      jobs: jobs.map(({ member, requestId }) => ({ projection: member.projection, requestId })),
      batchSize: REBUILD_BATCH,
    });
    for (const failure of failures) new Logger('projections').error(failure.message);
    for (const { member } of jobs) member.memory.clear();
  }

  /** Reads from the oldest ready position and applies each batch to every member, until something needs a new plan. */
  private async follow(ready: GroupMember[], signal: AbortSignal): Promise<void> {
    const checkpoints = new Map((await readCheckpoints(this.pool)).map((c) => [c.name, c.position]));
    for (const member of ready) {
      member.position = checkpoints.get(member.projection.name);
      member.state = 'running';
      this.progress.committed(member.projection.name, member.position);
    }
    const start = ready.some((m) => m.position === undefined)
      ? undefined
      : ready.map((m) => m.position!).reduce((a, b) => this.older(a, b));
    const inner = new AbortController();
    const stopInner = () => inner.abort();
    signal.addEventListener('abort', stopInner, { once: true });
    if (signal.aborted) inner.abort();
    const watchdog = setInterval(() => {
      this.needsNewPlan(ready).then(
        (again) => again && inner.abort(),
        () => inner.abort(),
      );
    }, this.options.pollMs);
    try {
      for await (const batch of batches(this.store.subscribeToAll({ after: start, signal: inner.signal }), this.options.batchSize)) {
        const live = ready.filter((member) => member.state === 'running');
        if (live.length === 0 || live.some((member) => !member.lock.held)) break;
        await this.apply(live, batch);
      }
    } finally {
      clearInterval(watchdog);
      signal.removeEventListener('abort', stopInner);
      inner.abort();
    }
  }

  /** A lock lost, a failed member due for retry, a lock that became free, or a rebuild asked for. */
  private async needsNewPlan(ready: GroupMember[]): Promise<boolean> {
    if (ready.some((member) => !member.lock.held)) return true;
    if (this.members.some((member) => member.state === 'failing' && Date.now() >= member.retryAt)) return true;
    for (const member of this.members) {
      if (!member.lock.held && (await member.lock.tryAcquire())) return true;
    }
    const { rows } = await this.pool.query("SELECT 1 FROM projection_rebuilds WHERE state = 'requested' AND name = ANY($1) LIMIT 1", [
      this.members.filter((m) => m.lock.held).map((m) => m.projection.name),
    ]);
    return rows.length > 0;
  }

  private async apply(live: GroupMember[], batch: RecordedEvent[]): Promise<void> {
    const work = live
      .map((member) => ({
        member,
        events: batch.filter((e) => member.position === undefined || this.store.comparePositions(e.position, member.position) > 0),
      }))
      .filter(({ events }) => events.length > 0)
      .map((entry) => ({
        ...entry,
        run: new RowBatchRun(entry.member.projection, entry.events, liveTables(entry.member.projection), entry.member.memory),
      }));
    if (work.length === 0) return;
    await settle(
      this.pool,
      work.map(({ run }) => run),
    );
    for (const { member, run } of work) if (run.failure) await this.fail(member, run.failure);
    const writing = work
      .filter(({ run }) => !run.failure)
      .map(({ member, events, run }) => ({
        member,
        run,
        checkpoint: { name: member.projection.name, from: member.position, to: events[events.length - 1].position, events: events.length },
      }));
    if (writing.length === 0) return;
    let moved: Array<boolean | undefined>;
    try {
      moved = await writeRuns(this.pool, writing);
    } catch {
      // One statement for all failed: write each alone, to leave only the projection at fault behind.
      moved = [];
      for (const part of writing) {
        moved.push(
          await writeRuns(this.pool, [part]).then(
            ([m]) => m,
            (error) => this.fail(part.member, error).then(() => undefined),
          ),
        );
      }
    }
    writing.forEach(({ member, checkpoint }, i) => {
      if (moved[i] === true) {
        member.position = checkpoint.to;
        member.failures = 0;
        this.progress.committed(member.projection.name, member.position);
      } else if (moved[i] === false) {
        // Another runner moved the checkpoint: this one no longer owns the projection.
        member.logger.warn('another runner moved the checkpoint; stepping back');
        member.state = 'waiting-for-lock';
        void member.lock.release();
      }
    });
  }

  private async fail(member: GroupMember, error: unknown): Promise<void> {
    member.failures++;
    member.state = 'failing';
    member.retryAt = Date.now() + Math.min(this.options.maxBackoffMs, 250 * 2 ** Math.min(member.failures, 10));
    member.memory.clear();
    const message = (error as Error)?.message ?? String(error);
    const eventId = error instanceof ProjectionBatchError ? error.event.id : undefined;
    member.logger.error(message);
    await recordProjectionError(this.pool, member.projection.name, message, eventId).catch(() => undefined);
  }

  private older(a: Position, b: Position): Position {
    return this.store.comparePositions(a, b) <= 0 ? a : b;
  }
}
