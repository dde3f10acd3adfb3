import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { inTransaction } from '../../database/transaction';
import { latestCheckpoint } from './checkpoints.query';
import { CHECKPOINT_FORMAT, StreamLeaf, auditPath, leafHashes, merkleRoot, signedDigest } from '../verify/audit-core';
import { AuditSigningKey } from '../signing/audit-signing-key';

/** A signed tree head over every stream's (stream, revision, headHash), in the spirit of RFC 9162. */
export interface SignedCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  id: string;
  createdAt: string;
  treeSize: number;
  rootHash: string;
  signature: { algorithm: 'Ed25519'; keyId: string; value: string };
}

export interface CheckpointWithLeaves {
  checkpoint: SignedCheckpoint;
  leaves: StreamLeaf[];
}

export interface InclusionProof {
  leafIndex: number;
  auditPath: string[];
}

const byStream = (a: StreamLeaf, b: StreamLeaf) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0);

/** What an export read itself: heads of its streams, and streams that no longer exist. */
export interface FreshHeads {
  heads: StreamLeaf[];
  missing: string[];
}

/** The projected heads, overridden by the streams an export has just read: those are the store's own truth. */
const currentLeaves = async (pool: Pool, fresh: FreshHeads): Promise<StreamLeaf[]> => {
  const { rows } = await pool.query<{ stream: string; revision: string; head_hash: string }>(
    'SELECT stream, revision, head_hash FROM audit_stream_heads',
  );
  const heads = new Map(rows.map((r) => [r.stream, { stream: r.stream, revision: Number(r.revision), headHash: r.head_hash }]));
  for (const leaf of fresh.heads) heads.set(leaf.stream, leaf);
  for (const stream of fresh.missing) heads.delete(stream);
  return [...heads.values()].sort(byStream);
};

export const signCheckpoint = async (key: AuditSigningKey, leaves: StreamLeaf[], createdAt: string): Promise<SignedCheckpoint> => {
  const unsigned = { format: CHECKPOINT_FORMAT, id: randomUUID(), createdAt, treeSize: leaves.length, rootHash: await merkleRoot(leaves) };
  const value = key.signDigest(await signedDigest(unsigned));
  return { ...unsigned, signature: { algorithm: 'Ed25519', keyId: key.keyId, value } };
};

/** Records a checkpoint of every head; with `onlyIfChanged`, none when the root is the latest one's. */
export const recordCheckpoint = async (
  pool: Pool,
  key: AuditSigningKey,
  now: Date,
  fresh: FreshHeads = { heads: [], missing: [] },
  onlyIfChanged = false,
): Promise<CheckpointWithLeaves | undefined> => {
  const leaves = await currentLeaves(pool, fresh);
  const checkpoint = await signCheckpoint(key, leaves, now.toISOString());
  if (onlyIfChanged && (await latestCheckpoint(pool))?.checkpoint.rootHash === checkpoint.rootHash) return undefined;
  await inTransaction(pool, async (tx) => {
    await tx.query(
      'INSERT INTO audit_checkpoints (id, created_at, tree_size, root_hash, document, leaves) VALUES ($1, $2, $3, $4, $5, $6)',
      [checkpoint.id, checkpoint.createdAt, checkpoint.treeSize, checkpoint.rootHash, checkpoint, JSON.stringify(leaves)],
    );
    await tx.query(
      `INSERT INTO audit_checkpoint_heads (stream, revision, head_hash, checkpoint_id, checkpoint_created_at)
       SELECT l.stream, l.revision, l."headHash", $2, $3 FROM jsonb_to_recordset($1::jsonb) AS l(stream text, revision bigint, "headHash" text)
       ON CONFLICT (stream) DO UPDATE SET revision = excluded.revision, head_hash = excluded.head_hash,
         checkpoint_id = excluded.checkpoint_id, checkpoint_created_at = excluded.checkpoint_created_at
       WHERE audit_checkpoint_heads.revision < excluded.revision`,
      [JSON.stringify(leaves), checkpoint.id, checkpoint.createdAt],
    );
  });
  return { checkpoint, leaves };
};

/** The RFC 6962 audit path of each named stream's leaf. */
export const inclusionProofs = async (leaves: StreamLeaf[], streams: string[]): Promise<Map<string, InclusionProof>> => {
  const hashes = await leafHashes(leaves);
  const proofs = new Map<string, InclusionProof>();
  for (const stream of streams) {
    const leafIndex = leaves.findIndex((leaf) => leaf.stream === stream);
    if (leafIndex >= 0) proofs.set(stream, { leafIndex, auditPath: await auditPath(leafIndex, hashes) });
  }
  return proofs;
};

export interface CheckpointedHead extends StreamLeaf {
  checkpointId: string;
  checkpointCreatedAt: string;
}

/** The highest head any checkpoint recorded for a stream: a stored stream may never fall behind it. */
export const highestCheckpointedHead = async (pool: Pool, stream: string): Promise<CheckpointedHead | undefined> => {
  const { rows } = await pool.query<{ revision: string; head_hash: string; checkpoint_id: string; checkpoint_created_at: Date }>(
    'SELECT revision, head_hash, checkpoint_id, checkpoint_created_at FROM audit_checkpoint_heads WHERE stream = $1',
    [stream],
  );
  const row = rows[0];
  return (
    row && {
      stream,
      revision: Number(row.revision),
      headHash: row.head_hash,
      checkpointId: row.checkpoint_id,
      checkpointCreatedAt: row.checkpoint_created_at.toISOString(),
    }
  );
};
