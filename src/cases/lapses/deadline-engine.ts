import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { CLOCK, Clock } from '../../common/clock';
import { RequestContext } from '../../common/request-context';
import { Streams } from '../../common/send-command';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { DATABASE_URL, PG_POOL } from '../../database/database.tokens';
import { ProjectionLock } from '../../projections/projection-lock';
import { caseKind } from '../case.decider';
import { LapseCandidate, lapseCandidates } from './lapse-candidates';

/** The actor of every MeasureLapsed: no person decided it, the law's term did. */
export const DEADLINE_ENGINE_ACTOR: RequestContext['actor'] = { id: 'system:deadline-engine', role: 'system' };
export const DEADLINE_ENGINE_ACTIVE = Symbol('DEADLINE_ENGINE_ACTIVE');

/**
 * Appends MeasureLapsed for every art. 403 step missed (c. 7), at start and then every DEADLINE_ENGINE_INTERVAL_SECONDS.
 * One instance runs a pass at a time (a session advisory lock); a pass after downtime catches up on everything past due.
 * Idempotent: the case stream appends a lapse only once per placement, whoever sends it and however often.
 */
@Injectable()
export class DeadlineEngine implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeadlineEngine');
  private readonly lock: ProjectionLock;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  /** Rows already judged by their stream, as they stood (a new late step under them is looked at again). */
  private readonly settled = new Set<string>();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(DATABASE_URL) connectionString: string,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DEADLINE_ENGINE_ACTIVE) private readonly active: boolean,
    private readonly streams: Streams,
  ) {
    this.lock = new ProjectionLock(connectionString, 'tutela:deadline-engine');
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.deadlineEngineIntervalSeconds;
    if (!this.active || seconds === 0) return;
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), seconds * 1000).unref();
  }

  /** One pass; a pass already under way in this process is joined. Answers how many candidates the streams judged. */
  runOnce(): Promise<number> {
    this.running ??= this.pass()
      .catch((error: Error) => {
        this.logger.warn(`deadline pass failed: ${error.message}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<number> {
    if (!(await this.lock.tryAcquire())) return 0;
    try {
      let judged = 0;
      for (const candidate of await lapseCandidates(this.pool, this.clock())) {
        // A row judged once waits for the projection to see the lapse, or for a new late step under it.
        const key = `${candidate.id}:${candidate.metByEventId ?? ''}`;
        if (this.settled.has(key) || !(await this.lapse(candidate))) continue;
        this.settled.add(key);
        judged++;
      }
      return judged;
    } finally {
      await this.lock.release();
    }
  }

  /** The lapse happened at the due instant: that is its occurredAt; recordedAt is now. False when the send failed. */
  private async lapse({ caseId, placementId, missedStep, dueAt }: LapseCandidate): Promise<boolean> {
    const context: RequestContext = { actor: DEADLINE_ENGINE_ACTOR, correlationId: randomUUID(), requestId: randomUUID() };
    const command = { type: 'RecordPlacementLapse', caseId, placementId, missedStep, occurredAt: dueAt.toISOString() } as const;
    try {
      await this.streams.send(caseKind, caseId, command, context);
      return true;
    } catch (error) {
      this.logger.warn(`lapse of ${missedStep} on placement ${placementId} not recorded: ${(error as Error).message}`);
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
