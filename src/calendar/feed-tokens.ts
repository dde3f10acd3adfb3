import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { RequestContext } from '../common/request-context';
import { PG_POOL } from '../database/database.tokens';
import { EventLog } from '../event-store/event-log';

export const CALENDAR_FEED_TOKEN_ISSUED = 'CalendarFeedTokenIssued';
export const CALENDAR_FEED_TOKEN_REVOKED = 'CalendarFeedTokenRevoked';

/** Internal stream, never published to integrators: who turned a feed of case deadlines on or off, and when. */
export const calendarFeedStream = (workerId: string) => `calendar-feed-${workerId}`;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Per-worker feed tokens. Issuing and revoking are facts (events on the worker's calendar-feed stream, in the hash
 * chain); the token's hash is operational state like a webhook secret, so it lives in a table, replaced or deleted.
 * The event goes first: a token is never live without its issuance on record.
 */
@Injectable()
export class FeedTokens {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly log: EventLog,
  ) {}

  /** A new 256-bit token that replaces the worker's previous one; the token itself is answered once and never kept. */
  async issue(workerId: string, context: RequestContext, now: Date): Promise<{ token: string; tokenId: string }> {
    const token = randomBytes(32).toString('base64url');
    const tokenId = randomUUID();
    await this.record(CALENDAR_FEED_TOKEN_ISSUED, { workerId, tokenId }, context, now);
    await this.pool.query(
      `INSERT INTO calendar_feed_tokens (worker_id, token_id, token_hash, issued_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (worker_id) DO UPDATE SET token_id = EXCLUDED.token_id, token_hash = EXCLUDED.token_hash, issued_at = EXCLUDED.issued_at`,
      [workerId, tokenId, hashOf(token), now],
    );
    return { token, tokenId };
  }

  /** Answers whether there was a token to revoke. */
  async revoke(workerId: string, context: RequestContext, now: Date): Promise<boolean> {
    const { rows } = await this.pool.query<{ token_id: string }>('SELECT token_id FROM calendar_feed_tokens WHERE worker_id = $1', [
      workerId,
    ]);
    if (rows.length === 0) return false;
    await this.record(CALENDAR_FEED_TOKEN_REVOKED, { workerId, tokenId: rows[0].token_id }, context, now);
    await this.pool.query('DELETE FROM calendar_feed_tokens WHERE worker_id = $1 AND token_id = $2', [workerId, rows[0].token_id]);
    return true;
  }

  /** True only for the worker's live token. */
  async opens(workerId: string, token: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM calendar_feed_tokens WHERE worker_id = $1 AND token_hash = $2', [
      workerId,
      hashOf(token),
    ]);
    return rowCount === 1;
  }

  private async record(type: string, data: { workerId: string; tokenId: string }, context: RequestContext, now: Date): Promise<void> {
    const metadata = {
      actor: context.actor,
      correlationId: context.correlationId,
      causationId: context.requestId,
      occurredAt: now.toISOString(),
    };
    await this.log.append(calendarFeedStream(data.workerId), [{ type, data, metadata }], 'any');
  }
}
