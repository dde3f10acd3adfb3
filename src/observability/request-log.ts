import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Request } from 'express';
import { pinoHttp } from 'pino-http';
import { Principal } from '../auth/roles';
import { Logger } from './logger';
import { routeOf } from './http-route';

type ObservedRequest = Request & { principal?: Principal; correlationId?: string; requestId?: string; commandsSent?: string[] };

/**
 * What one request line may carry. A whitelist, not a redaction list: headers (Authorization), bodies,
 * query strings and names never reach the log; the subject is the token's id only.
 */
export const requestLogFields = (request: ObservedRequest, response: ServerResponse, durationMs: number) => ({
  method: request.method,
  route: routeOf(request),
  status: response.statusCode,
  durationMs,
  subjectId: request.principal?.id,
  correlationId: request.correlationId,
  ...(request.commandsSent?.length ? { commands: request.commandsSent } : {}),
  ...(response.writableEnded ? {} : { aborted: true }),
});

// Probes and scrapes every few seconds would drown the log at info.
const QUIET_ROUTES = /^\/(health|metrics)(\/|$)/;

/** One JSON line per request, written when the response finishes (or the client goes away). */
export const requestLogMiddleware = (logger: Logger) =>
  pinoHttp({
    logger,
    wrapSerializers: false,
    serializers: { req: (req: IncomingMessage) => ({ method: req.method }), res: (res: ServerResponse) => ({ status: res.statusCode }) },
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    // The correlation middleware runs first and has made the request id.
    genReqId: (req) => (req as ObservedRequest).requestId ?? randomUUID(),
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return res.statusCode < 400 && QUIET_ROUTES.test(routeOf(req as ObservedRequest)) ? 'debug' : 'info';
    },
    customSuccessObject: (req, res, value: { responseTime: number }) => requestLogFields(req as ObservedRequest, res, value.responseTime),
    customErrorObject: (req, res, _error, value: { responseTime: number }) =>
      requestLogFields(req as ObservedRequest, res, value.responseTime),
    customSuccessMessage: (_req, res) => (res.writableEnded ? 'request completed' : 'request aborted'),
    customErrorMessage: () => 'request failed',
  });
