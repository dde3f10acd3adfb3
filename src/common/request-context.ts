import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NextFunction, Request, Response } from 'express';
import { Principal } from '../auth/roles';
import { InvalidInputError } from './domain-error';

/** Who acts and under which correlation: the actor of every event comes from the token, never the body. */
export interface RequestContext {
  actor: { id: string; role: string };
  correlationId: string;
  requestId: string;
  /** The request's Idempotency-Key, for the command's append to keep with its events. */
  idempotency?: IdempotencyClaim;
  /** The commands the request sent, by type (RecordContact), for its log line. */
  commands?: string[];
}

/** An Idempotency-Key not yet used; `kept` turns true once an append has committed the answer with its events. */
export interface IdempotencyClaim {
  actorId: string;
  key: string;
  requestHash: string;
  /** The route's success status, known before it runs. */
  status: number;
  kept: boolean;
}

type ContextualRequest = Request & {
  principal?: Principal;
  correlationId?: string;
  requestId?: string;
  idempotency?: IdempotencyClaim;
  commandsSent?: string[];
};

const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Takes X-Correlation-Id when it is sane, makes one otherwise, and echoes it. */
export const correlationMiddleware = (request: ContextualRequest, response: Response, next: NextFunction): void => {
  const given = request.header('x-correlation-id');
  request.correlationId = given && CORRELATION_ID.test(given) ? given : randomUUID();
  request.requestId = randomUUID();
  response.setHeader('X-Correlation-Id', request.correlationId);
  response.setHeader('X-Request-Id', request.requestId);
  next();
};

export const contextOf = (request: ContextualRequest): RequestContext => {
  if (!request.principal) throw new Error('No principal on an authenticated route');
  return {
    actor: { id: request.principal.id, role: request.principal.role },
    correlationId: request.correlationId ?? randomUUID(),
    requestId: request.requestId ?? randomUUID(),
    ...(request.idempotency ? { idempotency: request.idempotency } : {}),
    commands: (request.commandsSent ??= []),
  };
};

export const Context = createParamDecorator((_: unknown, host: ExecutionContext) => contextOf(host.switchToHttp().getRequest()));

/** `If-Match: "<revision>"` (or `*`: the record must exist); absent means decide on the latest state. */
export const parseIfMatch = (header: string | undefined): bigint | 'stream_exists' | undefined => {
  if (header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (value === '*') return 'stream_exists';
  const match = /^"(\d{1,19})"$/.exec(value);
  if (!match) throw new InvalidInputError('INVALID_IF_MATCH', 'If-Match must be a revision ETag such as "3", or *');
  return BigInt(match[1]);
};

export const IfMatch = createParamDecorator((_: unknown, host: ExecutionContext) =>
  parseIfMatch(host.switchToHttp().getRequest<Request>().header('if-match')),
);
