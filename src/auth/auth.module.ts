import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/config';
import { AuthGuard, TOKEN_VERIFIER } from './auth.guard';
import { RateLimitGuard } from './rate-limit.guard';
import { SigningSecret } from './signing-secret';
import { createTokenVerifier } from './token-verifier';

@Global()
@Module({})
export class AuthModule {
  static register(config: AppConfig, secret: SigningSecret | undefined): DynamicModule {
    const limited = config.rateLimitPerMinute > 0;
    // Global guards run in the order they are provided: the rate limit first, then authentication and roles.
    const guards: Provider[] = [
      ...(limited ? [{ provide: APP_GUARD, useClass: RateLimitGuard }] : []),
      { provide: APP_GUARD, useClass: AuthGuard },
    ];
    return {
      module: AuthModule,
      // A sliding window of one minute (blockDuration 0): Retry-After is when the oldest request leaves it.
      imports: limited
        ? [ThrottlerModule.forRoot({ throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute, blockDuration: 0 }] })]
        : [],
      providers: [{ provide: TOKEN_VERIFIER, useValue: createTokenVerifier(config.auth, secret?.key) }, ...guards],
      exports: [TOKEN_VERIFIER],
    };
  }
}
