import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig } from '../config/config';
import { AuthGuard, TOKEN_VERIFIER } from './auth.guard';
import { SigningSecret } from './signing-secret';
import { createTokenVerifier } from './token-verifier';

@Global()
@Module({})
export class AuthModule {
  static register(config: AppConfig, secret: SigningSecret | undefined): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TOKEN_VERIFIER, useValue: createTokenVerifier(config.auth, secret?.key) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TOKEN_VERIFIER],
    };
  }
}
