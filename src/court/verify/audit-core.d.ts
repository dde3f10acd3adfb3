/** Types of audit-core.js (plain JavaScript so that the offline /verify page can inline it). */
export interface StreamLeaf {
  stream: string;
  revision: number;
  headHash: string;
}
export declare const GENESIS_HASH: string;
export declare const BUNDLE_FORMAT: 'tutela-audit-bundle/1';
export declare const CHECKPOINT_FORMAT: 'tutela-checkpoint/1';
export declare function canonicalJson(value: unknown): string;
export declare function sha256Hex(text: string): Promise<string>;
export declare function eventHash(
  prevHash: string,
  event: { type: string; data: unknown; metadata: Record<string, unknown> },
): Promise<string>;
export declare function signedDigest(object: object): Promise<string>;
export declare function leafHash(leaf: StreamLeaf): Promise<string>;
export declare function merkleRoot(leaves: StreamLeaf[]): Promise<string>;
export declare function leafHashes(leaves: StreamLeaf[]): Promise<Uint8Array[]>;
export declare function auditPath(leafIndex: number, hashes: Uint8Array[]): Promise<string[]>;
export declare function rootFromInclusion(leaf: StreamLeaf, leafIndex: number, treeSize: number, path: string[]): Promise<string | null>;
export declare function utf8(text: string): Uint8Array;
export declare function toHex(bytes: ArrayBuffer | Uint8Array): string;
export declare function fromHex(hex: string): Uint8Array;
export declare function base64ToBytes(text: string): Uint8Array;
export declare function bytesToBase64Url(bytes: Uint8Array): string;
