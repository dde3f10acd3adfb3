import { JWTPayload, JWTVerifyOptions, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/config';
import { Principal } from './roles';
import { roleOf, scopesOf } from './token-claims';

export class InvalidTokenError extends Error {}

/** The provider's JWKS could not be read: not the client's fault, so not a 401. */
export class IdentityProviderUnavailableError extends DomainError {
  constructor() {
    super('IDENTITY_PROVIDER_UNAVAILABLE', 'The identity provider’s signing keys cannot be read; retry later', 503);
  }
}

export type TokenVerifier = (token: string) => Promise<Principal>;

type Verify = (token: string) => Promise<JWTPayload>;

const OIDC_ALGORITHMS = ['RS256', 'PS256', 'ES256'];

/** HS256 with a shared secret, or RS/ES tokens of an OIDC issuer checked against its JWKS. */
export const createTokenVerifier = (auth: AppConfig['auth'], secret: Uint8Array | undefined): TokenVerifier => {
  const options: JWTVerifyOptions = {
    issuer: auth.issuer,
    audience: auth.audience,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: auth.clockToleranceSeconds,
  };
  const mode = auth.jwksUrl ? 'oidc' : 'shared-secret';
  const verify: Verify = auth.jwksUrl
    ? oidcVerify(auth.jwksUrl, { ...options, algorithms: OIDC_ALGORITHMS })
    : async (token) => (await jwtVerify(token, secret!, { ...options, algorithms: ['HS256'] })).payload;
  return async (token) => {
    let payload: JWTPayload;
    try {
      payload = await verify(token);
    } catch (error) {
      if (error instanceof IdentityProviderUnavailableError) throw error;
      throw new InvalidTokenError(`The bearer token is not valid: ${(error as Error).message}`);
    }
    // jose checks iat only against a maximum age; a token issued in the future is as suspect as one not yet valid.
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + auth.clockToleranceSeconds) {
      throw new InvalidTokenError('The bearer token is not valid: it was issued in the future');
    }
    const role = roleOf(payload, auth.rolesClaim, mode);
    if (!role) throw new InvalidTokenError('The bearer token carries no tutela role');
    if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) {
      throw new InvalidTokenError('The bearer token has no valid subject');
    }
    const name = typeof payload.name === 'string' ? payload.name.slice(0, 200) : undefined;
    return { id: payload.sub, role, name, scopes: scopesOf(payload) };
  };
};

const oidcVerify = (jwksUrl: string, options: JWTVerifyOptions): Verify => {
  const keys = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5000 });
  return async (token) => {
    try {
      return (await jwtVerify(token, keys, options)).payload;
    } catch (error) {
      // jose's specific errors judge the token; a refused connection, a timeout, a non-200 or bad JSON are the provider's.
      const generic = !(error instanceof errors.JOSEError) || error.code === errors.JOSEError.code;
      if (generic || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
        throw new IdentityProviderUnavailableError();
      throw error;
    }
  };
};
