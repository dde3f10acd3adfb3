import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { Response } from 'express';
import { Pool } from 'pg';
import { Observable, from, lastValueFrom } from 'rxjs';
import { PG_POOL } from '../../database/database.tokens';
import { canonicalJson } from '../../event-store/canonical-json';
import { IdempotencyKeyTakenError } from '../../event-store/event-store';
import { DomainError, InvalidInputError } from '../domain-error';
import { AuthenticatedRequest } from '../../auth/auth.guard';
import { Metrics } from '../../observability/metrics';
import { KEY_KEPT_WITH_EVENTS } from '../api-problems';
import { KeyedQueue } from '../keyed-queue';
import { IdempotencyClaim } from '../request-context';

/** A route whose answer is a secret shown once (a calendar feed token): never kept, so never replayed. */
export const ANSWER_NEVER_KEPT = 'tutela:answer-never-kept';
export const AnswerNeverKept = () => SetMetadata(ANSWER_NEVER_KEPT, true);

const KEY = /^[A-Za-z0-9._:-]{1,255}$/;
const REPLAYED_HEADERS = ['etag', 'location'];
const STALE_PENDING_SECONDS = 60;

interface KeptAnswer {
  request_hash: string;
  state: 'pending' | 'done';
  status: number;
  headers: Record<string, string> | null;
  body: unknown;
  /** A reservation pending for over a minute: its process died mid-request. */
  stale: boolean;
}

type ClaimedRequest = AuthenticatedRequest & { idempotency?: IdempotencyClaim };

/**
 * Idempotency-Key on POST: a replay with the same key and body returns the first answer; the same key with another
 * body is 422. On command routes the answer is kept by the commit of the events (nothing pending can survive a
 * crash); other routes reserve the key first. In one process, requests with one key take turns.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly metrics: Metrics,
    private readonly reflector: Reflector,
  ) {}

  private readonly turns = new KeyedQueue();

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<ClaimedRequest>();
    const key = request.header('idempotency-key');
    if (request.method !== 'POST' || key === undefined || !request.principal) return next.handle();
    if (this.reflector.get<boolean>(ANSWER_NEVER_KEPT, context.getHandler())) return next.handle();
    if (!KEY.test(key))
      throw new InvalidInputError('INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–255 characters of A–Z, a–z, 0–9 . _ : -');
    const actorId = request.principal.id;
    return from(this.turns.run(`${actorId}\n${key}`, () => this.handle(context, next, key, actorId)));
  }

  private async handle(context: ExecutionContext, next: CallHandler, key: string, actorId: string): Promise<unknown> {
    const request = context.switchToHttp().getRequest<ClaimedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const requestHash = createHash('sha256')
      .update(canonicalJson({ method: request.method, path: request.path, body: request.body ?? null }))
      .digest('hex');
    const keptWithEvents = this.reflector.get<boolean>(KEY_KEPT_WITH_EVENTS, context.getHandler()) === true;
    if (!keptWithEvents) return this.reserveThenRun(response, next, { actorId, key, requestHash });

    const kept = await this.find(actorId, key);
    if (kept && !kept.stale) return this.replay(response, kept, requestHash);
    if (kept)
      await this.pool.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND state = $3', [actorId, key, 'pending']);
    const status = this.reflector.get<number>(HTTP_CODE_METADATA, context.getHandler()) ?? HttpStatus.CREATED;
    const claim: IdempotencyClaim = { actorId, key, requestHash, status, kept: false };
    request.idempotency = claim;
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // A store that cannot keep the key with the events (EventStoreDB) gets it right after.
      if (!claim.kept) await this.keep(response, claim, body);
      return body;
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTakenError)) throw error;
      const first = await this.find(actorId, key);
      if (!first) throw error;
      return this.replay(response, first, requestHash);
    }
  }

  private async reserveThenRun(response: Response, next: CallHandler, claim: Omit<IdempotencyClaim, 'status' | 'kept'>) {
    const { actorId, key, requestHash } = claim;
    const reserved = await this.pool.query(
      // A reservation left pending by a process that died mid-request is taken over after a minute.
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state) VALUES ($1, $2, $3, 'pending')
       ON CONFLICT (actor_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, created_at = now()
         WHERE idempotency_keys.state = 'pending' AND idempotency_keys.created_at < now() - interval '${STALE_PENDING_SECONDS} seconds'`,
      [actorId, key, requestHash],
    );
    if (reserved.rowCount === 0) {
      const kept = await this.find(actorId, key);
      if (!kept) return this.inProgress('A request with this Idempotency-Key just failed; retry');
      return this.replay(response, kept, requestHash);
    }
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.pool.query(
        `UPDATE idempotency_keys SET state = 'done', status = $3, headers = $4, body = $5 WHERE actor_id = $1 AND key = $2`,
        [actorId, key, response.statusCode, JSON.stringify(this.headersOf(response)), JSON.stringify(body ?? null)],
      );
      return body;
    } catch (error) {
      // A refused or failed request keeps nothing: the client may fix it and retry with the same key.
      await this.pool.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2', [actorId, key]);
      throw error;
    }
  }

  private async keep(response: Response, claim: IdempotencyClaim, body: unknown): Promise<void> {
    await this.pool.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, state, status, headers, body) VALUES ($1, $2, $3, 'done', $4, $5, $6)
       ON CONFLICT (actor_id, key) DO NOTHING`,
      [
        claim.actorId,
        claim.key,
        claim.requestHash,
        response.statusCode,
        JSON.stringify(this.headersOf(response)),
        JSON.stringify(body ?? null),
      ],
    );
  }

  private headersOf(response: Response): Record<string, unknown> {
    return Object.fromEntries(REPLAYED_HEADERS.map((h) => [h, response.getHeader(h)]).filter(([, v]) => v !== undefined));
  }

  private async find(actorId: string, key: string): Promise<KeptAnswer | undefined> {
    const { rows } = await this.pool.query<KeptAnswer>(
      `SELECT request_hash, state, status, headers, body,
              state = 'pending' AND created_at < now() - interval '${STALE_PENDING_SECONDS} seconds' AS stale
         FROM idempotency_keys WHERE actor_id = $1 AND key = $2`,
      [actorId, key],
    );
    return rows[0];
  }

  private inProgress(detail: string): never {
    this.metrics.idempotentReplays.inc({ outcome: 'in_progress' });
    throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', detail, 409);
  }

  private replay(response: Response, first: KeptAnswer, requestHash: string): unknown {
    if (first.request_hash !== requestHash) {
      this.metrics.idempotentReplays.inc({ outcome: 'key_reused' });
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request', 422);
    }
    if (first.state !== 'done') this.inProgress('A request with this Idempotency-Key is still being processed');
    this.metrics.idempotentReplays.inc({ outcome: 'replayed' });
    for (const [name, value] of Object.entries(first.headers ?? {})) response.setHeader(name, value);
    response.setHeader('Idempotent-Replayed', 'true');
    response.status(first.status);
    return first.body;
  }
}
