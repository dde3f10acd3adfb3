import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, Response, json } from 'express';
import { problem } from '../problem';
import { sendProblem } from '../problem.filter';

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
    if (error?.status && error.status >= 400 && error.status < 500) {
      return sendProblem(response, problem(error.status, 'BAD_REQUEST', error.message ?? 'The request could not be read'));
    }
    next(error);
  });
};
