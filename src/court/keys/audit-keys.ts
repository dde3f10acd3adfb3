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

export const publishedKeys = async (pool: Pool, current: AuditSigningKey): Promise<PublishedKey[]> => {
  const { rows } = await pool.query<{ key_id: string; public_pem: string; public_jwk: { x: string }; first_used_at: Date }>(
    'SELECT key_id, public_pem, public_jwk, first_used_at FROM audit_signing_keys ORDER BY first_used_at, key_id',
  );
  return rows.map((row) => ({
    keyId: row.key_id,
    algorithm: 'Ed25519',
    publicKeyPem: row.public_pem,
    jwk: { kty: 'OKP', crv: 'Ed25519', x: row.public_jwk.x, kid: row.key_id, alg: 'EdDSA', use: 'sig' },
    firstUsedAt: row.first_used_at.toISOString(),
    current: row.key_id === current.keyId,
  }));
};
