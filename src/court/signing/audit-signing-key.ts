import { KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { AppConfig } from '../../config/config';
import { secretInDataDir } from '../../config/data-dir-secret';
import { Ed25519Jwk, keyIdOf } from '../verify/audit-verifier';

export const AUDIT_KEY_FILE = 'audit-signing-key.pem';

/** The Ed25519 key that signs bundles and checkpoints; only its public half ever leaves the process. */
export interface AuditSigningKey {
  keyId: string;
  publicPem: string;
  publicJwk: Ed25519Jwk;
  /** Base64 Ed25519 signature over the 32 bytes of a SHA-256 digest given in hex. */
  signDigest(digestHex: string): string;
}

/** AUDIT_SIGNING_KEY(_FILE), else a key generated once in DATA_DIR, as the JWT secret is. */
export const loadAuditSigningKey = async (config: AppConfig): Promise<AuditSigningKey> => {
  const privateKey = createPrivateKey(config.audit.signingKeyPem ?? keyFromDataDir(config.dataDir));
  return auditSigningKeyFrom(privateKey);
};

export const auditSigningKeyFrom = async (privateKey: KeyObject): Promise<AuditSigningKey> => {
  const publicKey = createPublicKey(privateKey);
  const publicJwk = publicKey.export({ format: 'jwk' }) as Ed25519Jwk;
  return {
    keyId: await keyIdOf(publicJwk),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: publicJwk.x },
    signDigest: (digestHex) => sign(null, Buffer.from(digestHex, 'hex'), privateKey).toString('base64'),
  };
};

const keyFromDataDir = (dataDir: string): string =>
  secretInDataDir(dataDir, AUDIT_KEY_FILE, () =>
    generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  );
