import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Response } from 'express';
import { Pool } from 'pg';
import { Observable, from, lastValueFrom } from 'rxjs';
import { PG_POOL } from '../../database/database.tokens';
import { canonicalJson } from '../../event-store/canonical-json';
import { DomainError, InvalidInputError } from '../domain-error';
import { AuthenticatedRequest } from '../../auth/auth.guard';
import { Metrics } from '../../observability/metrics';

const KEY = /^[A-Za-z0-9._:-]{1,255}$/;
const REPLAYED_HEADERS = ['etag', 'location'];
const STALE_PENDING_SECONDS = 60;

/**
 * Idempotency-Key on POST: a replay with the same key and body returns the first answer;
 * the same key with another body is 422. The key is reserved first, so two racing requests cannot both run.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly metrics: Metrics,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined || !request.principal) return next.handle();
    return from(this.handle(context, next, key, request.principal.id));
  }

  private async handle(context: ExecutionContext, next: CallHandler, key: string, actorId: string): Promise<unknown> {
    if (!KEY.test(key))
      throw new InvalidInputError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–255 characters of A–Z, a–z, 0–9 . _ : -');
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const requestHash = createHash('sha256')
      .update(canonicalJson({ method: request.method, path: request.path, body: request.body ?? null }))
      .digest('hex');

    const reserved = await this.pool.query(
      // A reservation left pending by a process that died mid-request is taken over after a minute.
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (actor_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.state = 'pending' AND idempotency_keys.created_at < now() - interval '${STALE_PENDING_SECONDS} seconds'`,
      [actorId, key, requestHash],
    );
    if (reserved.rowCount === 0) return this.replay(response, actorId, key, requestHash);

    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers = Object.fromEntries(REPLAYED_HEADERS.map((h) => [h, response.getHeader(h)]).filter(([, v]) => v !== undefined));
      await this.pool.query(
        `UPDATE idempotency_keys SET state = 'done', status = $3, headers = $4, body = $5 WHERE actor_id = $1 AND key = $2`,
        [actorId, key, response.statusCode, JSON.stringify(headers), JSON.stringify(body ?? null)],
      );
      return body;
    } catch (error) {
      // A refused or failed request keeps nothing: the client may fix it and retry with the same key.
      await this.pool.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2', [actorId, key]);
      throw error;
    }
  }

  private async replay(response: Response, actorId: string, key: string, requestHash: string): Promise<unknown> {
    const { rows } = await this.pool.query(
      'SELECT request_hash, state, status, headers, body FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
      [actorId, key],
    );
    const first = rows[0];
    const count = (outcome: 'replayed' | 'key_reused' | 'in_progress') => this.metrics.idempotentReplays.inc({ outcome });
    if (!first) {
      count('in_progress');
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this Idempotency-Key just failed; retry', 409);
    }
    if (first.request_hash !== requestHash) {
      count('key_reused');
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request', 422);
    }
    if (first.state !== 'done') {
      count('in_progress');
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'A request with this Idempotency-Key is still being processed', 409);
    }
    count('replayed');
    for (const [name, value] of Object.entries(first.headers ?? {})) response.setHeader(name, value as string);
    response.setHeader('Idempotent-Replayed', 'true');
    response.status(first.status);
    return first.body;
  }
}
