import { NestExpressApplication } from '@nestjs/platform-express';
import { NextFunction, Request, Response } from 'express';
import { problem } from '../problem';
import { sendProblem } from '../problem.filter';

export const CORS_ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'If-Match',
  'Idempotency-Key',
  'X-Correlation-Id',
  'X-Consistent-With',
];
export const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'X-Correlation-Id',
  'X-Request-Id',
  'X-Consistency',
  'X-Bundle-Digest',
  'Content-Disposition',
  'Retry-After',
];

const isPreflight = (request: Request): boolean =>
  request.method === 'OPTIONS' && request.headers.origin !== undefined && request.headers['access-control-request-method'] !== undefined;

/**
 * Closed unless CORS_ORIGINS lists exact origins. Bearer tokens, never cookies, so no credentials.
 * A preflight from any other origin is refused in words (403) rather than with a silent 204 that lacks the headers.
 */
export const installCors = (app: NestExpressApplication, origins: string[]): void => {
  const allowed = new Set(origins);
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (!isPreflight(request) || allowed.has(request.headers.origin!)) return next();
    response.setHeader('Vary', 'Origin');
    sendProblem(response, problem(403, 'CORS_ORIGIN_NOT_ALLOWED', 'This origin is not allowed to call the API from a browser'));
  });
  if (allowed.size === 0) return;
  app.enableCors({
    origin: [...allowed],
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
};
