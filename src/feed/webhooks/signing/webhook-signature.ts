import { createHmac, randomBytes } from 'node:crypto';
import { InvalidInputError } from '../../../common/domain-error';

/** Standard Webhooks (https://www.standardwebhooks.com): symmetric secrets are whsec_ + base64 of 24 to 64 random bytes. */
const SECRET_PREFIX = 'whsec_';
const SECRET_MIN_BYTES = 24;
const SECRET_MAX_BYTES = 64;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const generateWebhookSecret = (): string => `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;

/** The HMAC key inside a secret, or undefined when the secret is not in the Standard Webhooks form. */
const secretKey = (secret: string): Buffer | undefined => {
  if (!secret.startsWith(SECRET_PREFIX)) return undefined;
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) return undefined;
  const key = Buffer.from(encoded, 'base64');
  // Canonical base64 only: two spellings of one key would be two secrets to a receiver's library.
  if (key.toString('base64') !== encoded) return undefined;
  return key.length >= SECRET_MIN_BYTES && key.length <= SECRET_MAX_BYTES ? key : undefined;
};

/** Refuses a secret an integrator chose that receivers' Standard Webhooks libraries could not use. */
export const assertWebhookSecret = (secret: string): void => {
  if (!secretKey(secret)) {
    throw new InvalidInputError(
      'INVALID_WEBHOOK_SECRET',
      `A webhook secret is ${SECRET_PREFIX} followed by the base64 of ${SECRET_MIN_BYTES} to ${SECRET_MAX_BYTES} random bytes`,
    );
  }
};

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three Standard Webhooks headers: v1 = base64 HMAC-SHA256 over "{id}.{timestamp}.{body}" with the decoded secret. */
export const signWebhook = (secret: string, id: string, timestampSeconds: number, body: string): SignedHeaders => {
  const key = secretKey(secret);
  if (!key) throw new Error('A stored webhook secret is malformed');
  const signature = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': `v1,${signature}` };
};
