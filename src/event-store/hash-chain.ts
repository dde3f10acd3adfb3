import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { hashedForm } from '../cases/confidentiality/sealed-entries';

/**
 * DESIGN §4: hash = sha256(prevHash + canonical JSON of type, data and metadata other than hash). A restricted
 * narrative entry is hashed with its text as textDigest (sealed-entries.ts), so it can be withheld and still verify.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashableEvent {
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

export const computeEventHash = (prevHash: string, event: HashableEvent): string => {
  const { hash: _ignored, ...metadata } = event.metadata;
  const body = canonicalJson({ type: event.type, data: hashedForm(event.data), metadata });
  return createHash('sha256')
    .update(prevHash + body, 'utf8')
    .digest('hex');
};

export interface ChainedEventLike extends HashableEvent {
  id: string;
  revision: bigint;
}

export type ChainVerification =
  | { valid: true; events: number; headHash: string }
  | { valid: false; events: number; firstBad: { revision: string; eventId: string; reason: string; expected: string; found: string } };

/** Walks a stream's events in revision order and names the first one that breaks the chain. */
export const verifyChain = (events: Iterable<ChainedEventLike>, startHash = GENESIS_HASH): ChainVerification => {
  let expectedPrev = startHash;
  let count = 0;
  for (const event of events) {
    count++;
    const fail = (reason: string, expected: string, found: unknown): ChainVerification => ({
      valid: false,
      events: count,
      firstBad: { revision: event.revision.toString(), eventId: event.id, reason, expected, found: String(found) },
    });
    if (event.metadata.prevHash !== expectedPrev) {
      return fail('prevHash does not match the previous event hash', expectedPrev, event.metadata.prevHash);
    }
    const recomputed = computeEventHash(expectedPrev, event);
    if (event.metadata.hash !== recomputed) return fail('hash does not match the event content', recomputed, event.metadata.hash);
    expectedPrev = recomputed;
  }
  return { valid: true, events: count, headHash: expectedPrev };
};
