import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { TOKEN_VERIFIER } from './auth.guard';
import { authenticate } from './authenticate';
import { TokenVerifier } from './token-verifier';

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests; retry in ${retryAfterSeconds} s`, 429, { retryAfterSeconds });
  }
}

// Probes from orchestrators and load balancers must never be refused.
const EXEMPT_PATHS = /^\/health(\/|$)/;

/**
 * One budget per token subject across every route (else per client IP, for anonymous callers and bad tokens).
 * Runs before the auth guard, so that floods of invalid tokens are limited too; the token is verified once.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return EXEMPT_PATHS.test(context.switchToHttp().getRequest<Request>().path);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const hasToken = typeof (request as unknown as Request).headers.authorization === 'string';
    const principal = hasToken ? await authenticate(request as unknown as Request, this.verify).catch(() => undefined) : undefined;
    return principal ? `subject:${principal.id}` : `ip:${await super.getTracker(request)}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimitedError(Math.max(1, limit.timeToBlockExpire));
  }
}
