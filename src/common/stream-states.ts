import { Inject, Injectable, Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/config';
import { PG_POOL } from '../database/database.tokens';
import { EventLog } from '../event-store/event-log';
import { StreamKind, streamName } from './decider';
import { Snapshots } from './snapshots';
import { StateCache, estimatedBytes } from './state-cache';
import { StreamState, readStreamState } from './stream-state';

interface Cached {
  read: StreamState<unknown>;
  /** The revision of the newest snapshot known to hold this stream. */
  snapshotAt: bigint;
  bytes: number;
}

/**
 * Where folded states come from: the in-process cache, else the newest snapshot, plus the events after either.
 * Neither can make a decision wrong: every append names the revision it decided on.
 */
@Injectable()
export class StreamStates {
  private readonly logger = new Logger('StreamStates');
  private readonly cache: StateCache<Cached>;
  private readonly snapshots: Snapshots;
  private readonly snapshotEvery: number;

  constructor(
    private readonly log: EventLog,
    @Inject(PG_POOL) pool: Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { cacheEntries, cacheMegabytes, snapshotEvery } = config.streamStates;
    this.cache = new StateCache(cacheEntries, cacheMegabytes * 1024 * 1024);
    this.snapshots = new Snapshots(pool);
    this.snapshotEvery = snapshotEvery;
  }

  /** The state this process last saw, unverified: good enough to decide on, since the append checks the revision. */
  cached<S>(kind: StreamKind<never, S>, id: string): StreamState<S> | undefined {
    return this.cache.get(streamName(kind, id))?.read as StreamState<S> | undefined;
  }

  /** The current state: whatever is known (cache, snapshot) plus the events recorded after it. */
  async load<S>(kind: StreamKind<never, S>, id: string): Promise<StreamState<S>> {
    const stream = streamName(kind, id);
    const known = this.cache.get(stream);
    const start = known?.read ?? (this.snapshotEvery > 0 ? await this.snapshots.read<S>(stream, kind.decider.version) : undefined);
    const read = await readStreamState(this.log, kind, id, start as StreamState<S> | undefined);
    if (known && read.revision === known.read.revision) return read;
    // A command may have moved the cache on while this read was under way: never step it back.
    const now = this.cache.get(stream)?.read.revision;
    if (now !== undefined && read.revision !== undefined && now >= read.revision) return read;
    const snapshotAt = known?.snapshotAt ?? start?.revision ?? -1n;
    this.keep(kind, stream, read, snapshotAt, estimatedBytes(read.state));
    return read;
  }

  /** After an append: the state this process just decided and wrote. */
  advance<S>(kind: StreamKind<never, S>, id: string, read: StreamState<S>, addedBytes: number): void {
    const stream = streamName(kind, id);
    const known = this.cache.get(stream);
    const bytes = known ? known.bytes + addedBytes : estimatedBytes(read.state);
    this.keep(kind, stream, read, known?.snapshotAt ?? -1n, bytes);
  }

  forget(kind: { name: string }, id: string): void {
    this.cache.delete(streamName(kind, id));
  }

  private keep<S>(kind: StreamKind<never, S>, stream: string, read: StreamState<S>, snapshotAt: bigint, bytes: number): void {
    let newestSnapshot = snapshotAt;
    if (this.snapshotEvery > 0 && read.revision !== undefined && read.revision - snapshotAt >= BigInt(this.snapshotEvery)) {
      newestSnapshot = read.revision;
      const snapshot = { state: read.state, revision: read.revision, headHash: read.headHash! };
      // Off the request's path: a lost snapshot only means a longer fold later.
      this.snapshots.write(stream, kind.decider.version, snapshot).catch((error: unknown) => {
        this.logger.warn(`snapshot of ${stream} at ${read.revision} not written: ${String(error)}`);
      });
    }
    this.cache.set(stream, { read, snapshotAt: newestSnapshot, bytes }, bytes);
  }
}
