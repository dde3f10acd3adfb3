import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { SignJWT } from 'jose';
import { AppConfig } from '../config/config';
import { dataDirFile, secretInDataDir } from '../config/data-dir-secret';
import { Role } from './roles';

export const SECRET_FILE = 'jwt-secret';

export interface SigningSecret {
  key: Uint8Array;
  /** True when tutela made it (embedded default), false when configured. */
  generated: boolean;
}

/** The HS256 secret: AUTH_JWT_SECRET, else one generated once and kept in DATA_DIR (loadConfig allows that in the embedded mode only). */
export const loadSigningSecret = (config: AppConfig, { create }: { create: boolean }): SigningSecret | undefined => {
  if (config.auth.jwtSecret) return { key: new TextEncoder().encode(config.auth.jwtSecret), generated: false };
  if (config.auth.jwksUrl) return undefined;
  if (!create && !existsSync(dataDirFile(config.dataDir, SECRET_FILE))) return undefined;
  const secret = secretInDataDir(config.dataDir, SECRET_FILE, () => randomBytes(48).toString('base64url'));
  return { key: new TextEncoder().encode(secret.trim()), generated: true };
};

export const mintToken = async (
  key: Uint8Array,
  claims: { sub: string; role: Role; name?: string; scope?: string },
  options: { expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> => {
  let jwt = new SignJWT({
    role: claims.role,
    ...(claims.name ? { name: claims.name } : {}),
    ...(claims.scope ? { scope: claims.scope } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(key);
};
