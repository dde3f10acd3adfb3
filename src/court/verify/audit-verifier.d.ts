/** Types of audit-verifier.js (plain JavaScript so that the offline /verify page can inline it). */
import { StreamLeaf } from './audit-core';

export interface PublicKeyHandle {
  keyId: string;
  key: unknown;
}

export interface Ed25519Jwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
}

export type ProblemKind =
  | 'not-json'
  | 'malformed'
  | 'gap'
  | 'chain'
  | 'truncated'
  | 'unknown-key'
  | 'key-unreadable'
  | 'bad-signature'
  | 'not-in-checkpoint'
  | 'checkpoint-leaves'
  | 'checkpoint-older'
  | 'stream-vanished'
  | 'tail-removed'
  | 'head-rewritten';

export interface VerificationProblem {
  kind: ProblemKind;
  stream?: string;
  revision?: number;
  eventId?: string;
  field?: string;
  expected?: string;
  found?: string;
  what?: string;
  keyId?: string;
  known?: string[];
  checkpointId?: string;
  message?: string;
}

export interface LaterCheckpoint {
  checkpoint: { id: string; createdAt: string; treeSize: number; rootHash: string; signature: unknown };
  leaves: StreamLeaf[];
}

export type BundleVerification =
  | {
      ok: true;
      caseId: string;
      events: number;
      streams: number;
      head: string;
      heads: Array<{ stream: string; revision: number; hash: string }>;
      digest: string;
      keyId: string;
      /** given: checked against keys the caller trusts; bundle: against the key the bundle itself carries. */
      keySource: 'given' | 'bundle';
      checkpoint: { id: string; createdAt: string };
      laterCheckpoint?: { id: string; createdAt: string };
    }
  | { ok: false; problem: VerificationProblem };

export declare function verifyBundle(
  input: string | object,
  options?: { keys?: PublicKeyHandle[]; laterCheckpoint?: unknown; trustBundleKey?: boolean },
): Promise<BundleVerification>;
export declare function importPublicKey(source: string | Ed25519Jwk): Promise<PublicKeyHandle>;
export declare function keyIdOf(jwk: Ed25519Jwk): Promise<string>;
export declare function verifySignature(object: object, keys: PublicKeyHandle[], what: string): Promise<string>;
