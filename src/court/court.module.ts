import { DynamicModule, Module } from '@nestjs/common';
import { generateKeyPairSync } from 'node:crypto';
import { CasesModule } from '../cases/cases.module';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuditTrailController } from './audit-trail/audit-trail.controller';
import { AuditTrailService } from './audit-trail/audit-trail.service';
import { CheckpointSchedule, COURT_ACTIVE } from './checkpoints/checkpoint-schedule';
import { ReadCheckpointHandler, ReadLatestCheckpointHandler } from './checkpoints/checkpoints.query';
import { AUDIT_SIGNING_KEY } from './court.tokens';
import { AuditKeysController } from './keys/audit-keys.controller';
import { ListPublishedKeysHandler } from './keys/audit-keys.query';
import { ListCaseDeadlinesHandler } from './report-draft/case-deadlines.query';
import { ReportDraftController } from './report-draft/report-draft.controller';
import { auditSigningKeyFrom, loadAuditSigningKey } from './signing/audit-signing-key';
import { ReadCaseFileVerificationHandler } from './verification/stored-chain.verification';
import { VerificationController } from './verification/verification.controller';
import { VerifyPageController } from './verify-page/verify-page.controller';

/** Court liaison: signed exports, verification (endpoint, page), checkpoints, keys and report drafts. */
@Module({})
export class CourtModule {
  /** active: false for the OpenAPI generator, which has no database and must leave no key behind. */
  static register(options: { active: boolean }): DynamicModule {
    return {
      module: CourtModule,
      imports: [CasesModule],
      controllers: [AuditTrailController, VerificationController, AuditKeysController, ReportDraftController, VerifyPageController],
      providers: [
        { provide: COURT_ACTIVE, useValue: options.active },
        {
          provide: AUDIT_SIGNING_KEY,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            options.active ? loadAuditSigningKey(config) : auditSigningKeyFrom(generateKeyPairSync('ed25519').privateKey),
        },
        AuditTrailService,
        CheckpointSchedule,
        ListCaseDeadlinesHandler,
        ListPublishedKeysHandler,
        ReadLatestCheckpointHandler,
        ReadCheckpointHandler,
        ReadCaseFileVerificationHandler,
      ],
    };
  }
}
