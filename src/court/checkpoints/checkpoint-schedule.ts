import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { CLOCK, Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { PG_POOL } from '../../database/database.tokens';
import { AUDIT_SIGNING_KEY } from '../court.tokens';
import { registerKey } from '../keys/audit-keys';
import { AuditSigningKey } from '../signing/audit-signing-key';
import { recordCheckpoint } from './checkpoints';

export const COURT_ACTIVE = Symbol('COURT_ACTIVE');

/** Publishes the signing key at start, and checkpoints every stream head on a timer (none when nothing changed). */
@Injectable()
export class CheckpointSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Checkpoints');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: AuditSigningKey,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(COURT_ACTIVE) private readonly active: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.active) return;
    await registerKey(this.pool, this.key);
    const minutes = this.config.audit.checkpointIntervalMinutes;
    if (minutes > 0) this.timer = setInterval(() => void this.tick(), minutes * 60_000).unref();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = recordCheckpoint(this.pool, this.key, this.clock(), undefined, true)
      .then((made) => made && this.logger.log(`checkpoint ${made.checkpoint.id}: ${made.checkpoint.treeSize} streams`))
      .catch((error: Error) => this.logger.warn(`periodic checkpoint failed: ${error.message}`))
      .finally(() => (this.running = undefined));
    await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
