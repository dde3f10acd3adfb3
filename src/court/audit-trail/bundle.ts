import { createHash } from 'node:crypto';
import { ExportActor, ExportRange, EventSource } from '../audit-trail.types';
import { SignedCheckpoint, InclusionProof } from '../checkpoints/checkpoints';
import { BUNDLE_FORMAT, canonicalJson } from '../verify/audit-core';
import { StreamSpan } from './case-file.scan';

export interface BundleStream extends Omit<StreamSpan, 'inRange'> {
  /** Events of this stream in the bundle (the span, in range or not). */
  events: number;
  inclusion: InclusionProof;
}

/** Everything of a bundle but its events, which are streamed. */
export interface BundleHeader {
  caseId: string;
  checkpoint: SignedCheckpoint;
  exportedAt: string;
  exportedBy: ExportActor;
  familyId: string;
  range: ExportRange;
  streams: BundleStream[];
}

export interface BundleSignature {
  algorithm: 'Ed25519';
  keyId: string;
  digest: string;
  value: string;
  /** A convenience copy: a court trusts the key published at GET /audit/keys, not this one. */
  publicKey: { kty: 'OKP'; crv: 'Ed25519'; x: string };
}

const member = (key: string, value: unknown) => `${JSON.stringify(key)}:${canonicalJson(value)}`;

/**
 * The bundle as canonical JSON (sorted keys, no whitespace), piece by piece: without a signature it is
 * exactly what the digest covers; with one, the file is the canonical form of the whole signed bundle.
 */
export async function* bundleChunks(header: BundleHeader, events: EventSource, signature?: BundleSignature): AsyncGenerator<string> {
  yield `{${member('caseId', header.caseId)},${member('checkpoint', header.checkpoint)},"events":[`;
  let first = true;
  for await (const event of events()) {
    yield (first ? '' : ',') + canonicalJson(event);
    first = false;
  }
  const tail = [
    member('exportedAt', header.exportedAt),
    member('exportedBy', header.exportedBy),
    member('familyId', header.familyId),
    member('format', BUNDLE_FORMAT),
    member('range', header.range),
    ...(signature ? [member('signature', signature)] : []),
    member('streams', header.streams),
  ];
  yield `],${tail.join(',')}}`;
}

/** SHA-256 of the unsigned bundle's canonical form, streamed. */
export const bundleDigest = async (header: BundleHeader, events: EventSource): Promise<string> => {
  const hash = createHash('sha256');
  for await (const chunk of bundleChunks(header, events)) hash.update(chunk, 'utf8');
  return hash.digest('hex');
};
