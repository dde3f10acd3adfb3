import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, Response, json } from 'express';
import { problem } from '../problem';
import { sendProblem } from '../problem.filter';
import { MAX_BODY_DEPTH, findInputDefect } from './input-inspection';

const JSON_TYPES = ['application/json', 'application/*+json'];

/** JSON bodies only, within a size limit; parser failures become problem+json, never a 500. */
export const installBodyParsing = (app: INestApplication, limitBytes: number): void => {
  app.use((request: Request, response: Response, next: NextFunction) => {
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && ['POST', 'PUT', 'PATCH'].includes(request.method) && !request.is(JSON_TYPES)) {
      return sendProblem(response, problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json'));
    }
    next();
  });
  app.use(json({ limit: limitBytes, type: JSON_TYPES, strict: true }));
  app.use((error: { type?: string; status?: number; message?: string }, _request: Request, response: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') {
      return sendProblem(response, problem(413, 'PAYLOAD_TOO_LARGE', `The body exceeds the limit of ${limitBytes} bytes`));
    }
    if (error?.type === 'entity.parse.failed') return sendProblem(response, problem(400, 'MALFORMED_JSON', 'The body is not valid JSON'));
    if (error?.status === 415)
      return sendProblem(response, problem(415, 'UNSUPPORTED_MEDIA_TYPE', error.message ?? 'Unsupported body encoding'));
    if (error?.status && error.status >= 400 && error.status < 500) {
      return sendProblem(response, problem(error.status, 'BAD_REQUEST', error.message ?? 'The request could not be read'));
    }
    next(error);
  });
  app.use(refuseUnsafeInput);
};

/**
 * One check for every route, before validation: a deep body would overflow the validators' recursion, NUL or
 * a lone surrogate would reach Postgres, which refuses them (a 500 instead of the client's 400), and a key
 * such as __proto__ slips past the DTO whitelist.
 */
const refuseUnsafeInput = (request: Request, response: Response, next: NextFunction): void => {
  const inBody = findInputDefect(request.body);
  if (inBody === 'TOO_DEEP') {
    return sendProblem(response, problem(400, 'BODY_TOO_DEEP', `The body is nested deeper than ${MAX_BODY_DEPTH} levels`));
  }
  const defect = inBody ?? findInputDefect(request.query);
  if (defect === 'RESERVED_KEY') {
    return sendProblem(response, problem(400, 'RESERVED_KEY', 'The request uses a reserved key: __proto__, constructor or prototype'));
  }
  if (defect) {
    const where = inBody ? 'The body' : 'The query';
    return sendProblem(
      response,
      problem(400, 'INVALID_CHARACTERS', `${where} contains NUL or an unpaired surrogate, which cannot be stored`),
    );
  }
  next();
};
