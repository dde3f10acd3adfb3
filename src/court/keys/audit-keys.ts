import { Pool } from 'pg';
import { AuditSigningKey } from '../signing/audit-signing-key';

export interface PublishedKey {
  keyId: string;
  algorithm: 'Ed25519';
  publicKeyPem: string;
  jwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; alg: 'EdDSA'; use: 'sig' };
  firstUsedAt: string;
  current: boolean;
}

/** The key in use joins the published set once; keys are never removed, so old bundles keep verifying. */
export const registerKey = async (pool: Pool, key: AuditSigningKey): Promise<void> => {
  await pool.query('INSERT INTO audit_signing_keys (key_id, public_pem, public_jwk) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING', [
    key.keyId,
    key.publicPem,
    key.publicJwk,
  ]);
};
