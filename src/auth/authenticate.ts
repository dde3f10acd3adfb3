import { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { Principal } from './roles';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

export class UnauthenticatedError extends DomainError {
  constructor(detail: string) {
    super('UNAUTHENTICATED', detail, 401);
  }
}

const VERIFIED = Symbol('tutela:verified-bearer');
type VerifiedRequest = Request & { [VERIFIED]?: Promise<Principal> };

/** The request's bearer token, verified once for whoever asks first: the rate limiter or the auth guard. */
export const authenticate = (request: Request, verify: TokenVerifier): Promise<Principal> => {
  const memo = request as VerifiedRequest;
  memo[VERIFIED] ??= verifyBearer(request.headers.authorization, verify);
  return memo[VERIFIED];
};

const verifyBearer = async (header: string | undefined, verify: TokenVerifier): Promise<Principal> => {
  const match = /^Bearer ([A-Za-z0-9_\-.]{1,8192})$/.exec(header ?? '');
  if (!match) throw new UnauthenticatedError('A bearer token is required (Authorization: Bearer <token>)');
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new UnauthenticatedError(error.message);
    throw error;
  }
};
