import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { EventStoreUnavailableError, WrongExpectedRevisionError, describeRevision } from '../event-store/event-store';
import { routeOf } from '../observability/http-route';
import { DomainError } from './domain-error';
import { describeFailure } from './failure-description';
import { PROBLEM_CONTENT_TYPE, Problem, problem, titleOf } from './problem';
import { preferredLang } from './language';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** Turns every error into problem+json; an unexpected one is a 500 and is logged, never shown. */
export const toProblem = (error: unknown): Problem => {
  if (error instanceof DomainError) return problem(error.status, error.code, error.detail, error.extensions);
  if (error instanceof WrongExpectedRevisionError) {
    return problem(409, 'CONCURRENT_MODIFICATION', 'The record changed while the command was decided; retry it', {
      expectedRevision: describeRevision(error.expected),
      actualRevision: describeRevision(error.actual),
    });
  }
  if ((error as { code?: string })?.code === '42P01') {
    return problem(503, 'READ_MODEL_NOT_READY', 'This read model is not built yet; retry shortly');
  }
  if (error instanceof EventStoreUnavailableError)
    return problem(503, 'EVENT_STORE_UNAVAILABLE', 'The event store is not answering; retry later');
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const detail = typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message);
    return problem(status, HTTP_CODES[status] ?? `HTTP_${status}`, Array.isArray(detail) ? detail.join('; ') : detail);
  }
  return problem(500, 'INTERNAL_ERROR', 'An unexpected error occurred; it has been logged');
};

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const body = toProblem(error);
    if (body.status >= 500) {
      // The ids tie the failure to the request's log line; the route pattern, never the path or query.
      const { requestId, correlationId } = request as Request & { requestId?: string; correlationId?: string };
      const failed = `${request.method} ${routeOf(request)} failed (requestId ${requestId}, correlationId ${correlationId})`;
      this.logger.error(failed, describeFailure(error));
    }
    sendProblem(response, { ...body, instance: request.originalUrl?.split('?')[0] });
  }
}

/** The title follows Accept-Language (it or en); code stays the contract, detail stays English for developers. */
export const sendProblem = (response: Response, body: Problem): void => {
  if (response.headersSent) return;
  const lang = preferredLang(response.req?.headers['accept-language'], 'en');
  response.vary('Accept-Language').setHeader('Content-Language', lang);
  response
    .status(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify({ ...body, title: titleOf(body.status, lang) }));
};
