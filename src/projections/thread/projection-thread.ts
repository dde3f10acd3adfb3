import { Logger } from '@nestjs/common';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EventStore } from '../../event-store/event-store';
import { Projection } from '../projection';
import { ProjectionProgress } from '../projection-progress';
import { WorkerState } from '../projection-worker';
import { FromThread, ThreadData, ToThread } from './projection-thread.messages';

/** A projection the thread runs, as the API thread sees it: kept up to date by the thread's messages. */
export class MirroredFollower {
  state: WorkerState = 'stopped';
  holdsLock = false;

  constructor(readonly projection: Projection) {}
}

const RESTART_AFTER_MS = 1000;
const STOP_WAIT_MS = 15000;

/** Compiled, the entry is a .js file beside this one; under ts-node or jest it is the .ts source. */
const entry = join(__dirname, `projection-thread.entry${extname(__filename)}`);
const startWorker = (workerData: ThreadData): Worker =>
  entry.endsWith('.ts')
    ? new Worker(`require('ts-node').register({ transpileOnly: true }); require(${JSON.stringify(entry)});`, {
        eval: true,
        workerData,
      })
    : new Worker(entry, { workerData });

/**
 * The projection workers on a thread of their own (Postgres server): under load the API thread's event loop is
 * busy with requests, and every round trip of a batch would wait its turn there. The thread has its own
 * connections; the API thread tells it of each append and learns of each commit, so read-your-writes still
 * wakes on progress. A thread that dies is started again.
 */
export class ProjectionThread {
  readonly followers: MirroredFollower[];
  private readonly logger = new Logger('projections');
  private worker?: Worker;
  private exited = Promise.resolve();
  private stopped?: () => void;
  private restart?: NodeJS.Timeout;
  private stopping = false;
  private unwatch?: () => void;
  private nudgePending = false;

  constructor(
    projections: Projection[],
    private readonly data: ThreadData,
    private readonly store: EventStore,
    private readonly progress: ProjectionProgress,
  ) {
    this.followers = projections.map((projection) => new MirroredFollower(projection));
  }

  start(): void {
    if (this.worker) return;
    this.stopping = false;
    this.unwatch = this.store.watchAppends?.(() => this.nudge());
    this.spawn();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart);
    this.unwatch?.();
    const worker = this.worker;
    if (!worker) return;
    const told = new Promise<void>((resolve) => (this.stopped = resolve));
    this.send({ type: 'stop' });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
    await Promise.race([told, this.exited, late]);
    clearTimeout(timer);
    await worker.terminate();
    await this.exited;
  }

  private spawn(): void {
    const worker = startWorker(this.data);
    this.worker = worker;
    worker.on('message', (message: FromThread) => this.receive(message));
    worker.on('error', (error) => this.logger.error(`projection thread failed: ${error.message}`));
    this.exited = new Promise((resolve) =>
      worker.once('exit', (code) => {
        this.worker = undefined;
        for (const follower of this.followers) Object.assign(follower, { state: 'stopped', holdsLock: false });
        if (!this.stopping) {
          this.logger.error(`projection thread exited (code ${code}); starting it again in ${RESTART_AFTER_MS} ms`);
          this.restart = setTimeout(() => this.spawn(), RESTART_AFTER_MS);
        }
        resolve();
      }),
    );
  }

  private receive(message: FromThread): void {
    if (message.type === 'committed') this.progress.committed(message.name, message.position);
    else if (message.type === 'stopped') this.stopped?.();
    else
      for (const { name, state, holdsLock } of message.states) {
        const follower = this.followers.find((f) => f.projection.name === name);
        if (follower) Object.assign(follower, { state, holdsLock });
      }
  }

  /** Appends come in bursts: one message per turn of the event loop is enough to wake the thread's reader. */
  private nudge(): void {
    if (this.nudgePending) return;
    this.nudgePending = true;
    setImmediate(() => {
      this.nudgePending = false;
      this.send({ type: 'appended' });
    });
  }

  private send(message: ToThread): void {
    this.worker?.postMessage(message);
  }
}
