import { JWTPayload, createRemoteJWKSet, jwtVerify } from 'jose';
import { AppConfig } from '../config/config';
import { Principal, isRole } from './roles';

export class InvalidTokenError extends Error {}

/** The role claim: `role`, or the first tutela role in `roles` or Keycloak's `realm_access.roles`. */
const roleOf = (payload: JWTPayload): unknown => {
  if (payload.role !== undefined) return payload.role;
  const candidates = [
    ...(Array.isArray(payload.roles) ? payload.roles : []),
    ...(((payload.realm_access as { roles?: unknown[] } | undefined)?.roles ?? []) as unknown[]),
  ];
  return candidates.find(isRole);
};

/** OAuth 2.0 `scope` (space-separated), or an `scp` list as some providers issue it. */
const scopesOf = (payload: JWTPayload): string[] => {
  const raw = typeof payload.scope === 'string' ? payload.scope.split(' ') : Array.isArray(payload.scp) ? payload.scp : [];
  return raw.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 100).slice(0, 50);
};

export type TokenVerifier = (token: string) => Promise<Principal>;

/** HS256 with a shared secret, or RS/ES tokens of an OIDC issuer checked against its JWKS. */
export const createTokenVerifier = (auth: AppConfig['auth'], secret: Uint8Array | undefined): TokenVerifier => {
  const options = { issuer: auth.issuer, audience: auth.audience, requiredClaims: ['sub', 'exp'] };
  const verify = auth.jwksUrl
    ? (() => {
        const keys = createRemoteJWKSet(new URL(auth.jwksUrl), { timeoutDuration: 5000 });
        return (token: string) => jwtVerify(token, keys, { ...options, algorithms: ['RS256', 'PS256', 'ES256'] });
      })()
    : (token: string) => jwtVerify(token, secret!, { ...options, algorithms: ['HS256'] });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await verify(token));
    } catch (error) {
      throw new InvalidTokenError(`The bearer token is not valid: ${(error as Error).message}`);
    }
    const role = roleOf(payload);
    if (!isRole(role)) throw new InvalidTokenError('The bearer token carries no tutela role');
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) {
      throw new InvalidTokenError('The bearer token has no valid subject');
    }
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : undefined;
    return { id: payload.sub, role, name, scopes: scopesOf(payload) };
  };
};
