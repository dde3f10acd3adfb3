import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { AuthenticatedRequest } from '../../auth/auth.guard';
import { IntegratorScope, Role } from '../../auth/roles';
import { DomainError } from '../../common/domain-error';

/** Integrators with the statistics scope, and the head of service, who already reads every case. */
export const STATISTICS_EXPORT_READERS: Role[] = ['integrator', 'coordinator'];
const REQUIRED_SCOPE: IntegratorScope = 'statistics';

/**
 * The global guard asks @Scopes of every role, and coordinator tokens carry no OAuth scopes; so this route asks the
 * scope of integrators only, here, after the global guard has authenticated the token and checked the role.
 */
@Injectable()
export class IntegratorNeedsStatisticsScope implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) return false;
    if (principal.role === 'integrator' && !(principal.scopes ?? []).includes(REQUIRED_SCOPE)) {
      throw new DomainError('MISSING_SCOPE', `The token lacks the scope ${REQUIRED_SCOPE}`, 403, { requiredScopes: [REQUIRED_SCOPE] });
    }
    return true;
  }
}
