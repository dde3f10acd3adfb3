import { createHash, createHmac } from 'node:crypto';

/** How the export names a minor: the same minor and key always give the same pseudonym; another key an unlinkable one. */
export const PSEUDONYMISATION_METHOD = 'HMAC-SHA256';

/** HMAC-SHA256 of the minor's id, in hex: 256 bits, so pseudonyms do not collide and cannot be reversed without the key. */
export const pseudonymOf = (key: Uint8Array, minorId: string): string =>
  createHmac('sha256', key).update(minorId.toLowerCase()).digest('hex');

/** 64 bits of the key's SHA-256: enough to tell keys apart, far too little to learn the key from. */
export const keyIdOf = (key: Uint8Array): string => createHash('sha256').update(key).digest('hex').slice(0, 16);
