import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { createTransport, Transporter } from 'nodemailer';
import { Pool } from 'pg';
import { CLOCK, Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { DATABASE_URL, PG_POOL } from '../../database/database.tokens';
import { ProjectionLock } from '../../projections/projection-lock';
import { romeDateOf, romeIso } from '../../projections/deadlines/rome-time';
import { ListWorkerDeadlines } from '../worker-deadlines.query';
import { digestOf } from './reminder-digest';

export const REMINDERS_ACTIVE = Symbol('REMINDERS_ACTIVE');
const DAY_MS = 86_400_000;

/**
 * The daily deadline digest by e-mail: off without SMTP_URL. Every REMINDER_INTERVAL_SECONDS, once Rome's clock has
 * passed REMINDER_SEND_AFTER, one instance (a session advisory lock) sends each worker with an address what is
 * overdue and what falls due within REMINDER_DAYS_AHEAD days. The (worker, Rome day) row is claimed before sending,
 * so no worker gets two digests a day: a crash between claim and send loses that day's mail rather than doubling it.
 */
@Injectable()
export class ReminderJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private readonly lock: ProjectionLock;
  private readonly mailer?: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(DATABASE_URL) connectionString: string,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDERS_ACTIVE) private readonly active: boolean,
    private readonly queries: QueryBus,
  ) {
    this.lock = new ProjectionLock(connectionString, 'tutela:reminders');
    const { smtpUrl } = config.reminders;
    if (smtpUrl && active) this.mailer = createTransport(smtpUrl);
  }

  onApplicationBootstrap(): void {
    if (!this.mailer) return;
    void this.runOnce();
    this.timer = setInterval(() => void this.runOnce(), this.config.reminders.intervalSeconds * 1000).unref();
  }

  /** One pass; a pass under way in this process is joined. Answers how many digests were sent. */
  runOnce(): Promise<number> {
    if (!this.mailer) return Promise.resolve(0);
    this.running ??= this.pass(this.mailer)
      .catch((error: Error) => {
        this.logger.warn(`reminder pass failed: ${error.message}`);
        return 0;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(mailer: Transporter): Promise<number> {
    const now = this.clock();
    if (romeIso(now).slice(11, 16) < this.config.reminders.sendAfter) return 0;
    if (!(await this.lock.tryAcquire())) return 0;
    try {
      const today = romeDateOf(now);
      const { rows } = await this.pool.query<{ worker_id: string; email: string }>(
        `SELECT s.worker_id, s.email FROM reminder_settings s
          WHERE NOT EXISTS (SELECT 1 FROM reminder_digests r WHERE r.worker_id = s.worker_id AND r.rome_date = $1::date)`,
        [today],
      );
      let sent = 0;
      for (const { worker_id: workerId, email } of rows) if (await this.send(mailer, workerId, email, today, now)) sent++;
      return sent;
    } finally {
      await this.lock.release();
    }
  }

  private async send(mailer: Transporter, workerId: string, email: string, today: string, now: Date): Promise<boolean> {
    const { daysAhead, from } = this.config.reminders;
    const deadlines = await this.queries.execute(new ListWorkerDeadlines(workerId, now, new Date(now.getTime() + daysAhead * DAY_MS)));
    const base = this.config.publicBaseUrl ?? `http://localhost:${this.config.port}`;
    const digest = digestOf(deadlines, daysAhead, (caseId) => `${base}/cases/${caseId}`);
    if (!digest) return false; // nothing to say: looked at again next pass, in case a deadline appears today
    const claimed = await this.pool.query(
      `INSERT INTO reminder_digests (worker_id, rome_date, due_count, overdue_count) VALUES ($1, $2::date, $3, $4)
       ON CONFLICT DO NOTHING`,
      [workerId, today, deadlines.filter((d) => d.status === 'open').length, deadlines.filter((d) => d.status === 'lapsed').length],
    );
    if (claimed.rowCount !== 1) return false;
    try {
      await mailer.sendMail({ from, to: email, subject: digest.subject, text: digest.text });
    } catch (error) {
      // Not sent: release the claim so a later pass tries again.
      await this.pool.query('DELETE FROM reminder_digests WHERE worker_id = $1 AND rome_date = $2::date', [workerId, today]);
      this.logger.warn(`digest to ${workerId} not sent: ${(error as Error).message}`);
      return false;
    }
    await this.pool.query('UPDATE reminder_digests SET sent_at = $3 WHERE worker_id = $1 AND rome_date = $2::date', [workerId, today, now]);
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.mailer?.close();
  }
}
