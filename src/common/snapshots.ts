import { Pool } from 'pg';
import { StreamState } from './stream-state';

export interface Snapshot<S> extends StreamState<S> {
  revision: bigint;
  headHash: string;
}

/**
 * Folded states of long streams, in Postgres whatever the event store: a cache that survives restarts.
 * A snapshot counts only for the decider version that wrote it; the events after it are always folded on top.
 */
export class Snapshots {
  constructor(private readonly pool: Pool) {}

  async read<S>(stream: string, deciderVersion: number): Promise<Snapshot<S> | undefined> {
    const { rows } = await this.pool.query<{ revision: string; head_hash: string; state: S }>(
      'SELECT revision::text, head_hash, state FROM stream_snapshots WHERE stream_id = $1 AND decider_version = $2',
      [stream, deciderVersion],
    );
    const row = rows[0];
    return row && { state: row.state, revision: BigInt(row.revision), headHash: row.head_hash };
  }

  /** Keeps the newest snapshot: an older or concurrent write never replaces a newer one of the same version. */
  async write<S>(stream: string, deciderVersion: number, snapshot: Snapshot<S>): Promise<void> {
    await this.pool.query(
      `INSERT INTO stream_snapshots (stream_id, decider_version, revision, head_hash, state) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (stream_id) DO UPDATE SET decider_version = EXCLUDED.decider_version, revision = EXCLUDED.revision,
         head_hash = EXCLUDED.head_hash, state = EXCLUDED.state, taken_at = now()
       WHERE stream_snapshots.decider_version <> EXCLUDED.decider_version OR stream_snapshots.revision < EXCLUDED.revision`,
      [stream, deciderVersion, snapshot.revision.toString(), snapshot.headHash, JSON.stringify(snapshot.state)],
    );
  }
}
