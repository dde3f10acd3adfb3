import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { authenticate } from './authenticate';
import { IntegratorScope, Principal, Role } from './roles';
import { TokenVerifier } from './token-verifier';

export { UnauthenticatedError } from './authenticate';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
const PUBLIC = 'tutela:public';
const ROLES = 'tutela:roles';
const SCOPES = 'tutela:scopes';

/** No bearer token needed (health). */
/** No token needed; the OpenAPI document says so (x-public, turned into `security: []` when the document is built). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC, true), ApiExtension('x-public', true));
/** Only these roles may call the endpoint. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Team roles reach this route only for themselves (the handler checks the :workerId); the matrix shows it. */
export const OwnOnly = () => SetMetadata('tutela:own-only', true);

/** An integrator token must carry every one of these OAuth scopes; other roles are checked by @Roles alone. */
export const Scopes = (...scopes: IntegratorScope[]) => SetMetadata(SCOPES, scopes);

export type AuthenticatedRequest = Request & { principal?: Principal };

/** Bearer JWT on everything but @Public() endpoints, then the endpoint's @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await authenticate(request, this.verify);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (allowed && !allowed.includes(request.principal.role)) {
      throw new DomainError('FORBIDDEN_ROLE', `The role ${request.principal.role} may not do this`, 403, { allowedRoles: allowed });
    }
    // Scopes are what integrator tokens carry; staff roles are governed by their role alone.
    const needed =
      request.principal.role === 'integrator'
        ? (this.reflector.getAllAndOverride<IntegratorScope[] | undefined>(SCOPES, targets) ?? [])
        : [];
    const missing = needed.filter((scope) => !(request.principal!.scopes ?? []).includes(scope));
    if (missing.length > 0) {
      throw new DomainError('MISSING_SCOPE', `The token lacks the scope ${missing.join(' ')}`, 403, { requiredScopes: needed });
    }
    return true;
  }
}
