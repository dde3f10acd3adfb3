import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from './problem';

export const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, invalid input (VALIDATION_FAILED with errors[]) or a bad header',
  401: 'No bearer token, or a bad or expired one (UNAUTHENTICATED)',
  403: 'The role may not do this (FORBIDDEN_ROLE)',
  404: 'Not found',
  409: 'A domain rule refuses the command',
  412: 'If-Match does not match the current revision (REVISION_MISMATCH)',
  413: 'Body too large (PAYLOAD_TOO_LARGE)',
  415: 'The body is not application/json (UNSUPPORTED_MEDIA_TYPE)',
  422: 'Idempotency-Key reused with another body (IDEMPOTENCY_KEY_REUSED)',
  429: 'Too many requests from this token subject (RATE_LIMITED); see Retry-After',
  503: 'A backing store is not answering',
};

/** Declares problem+json answers in Swagger. */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status],
        content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );

/** The headers and errors every command shares (DESIGN §6). */
/** Marks routes whose command appends events: their Idempotency-Key is kept in the same commit. */
export const KEY_KEPT_WITH_EVENTS = 'tutela:key-kept-with-events';

export const ApiCommand = (options: { onExisting: boolean }) =>
  applyDecorators(
    SetMetadata(KEY_KEPT_WITH_EVENTS, true),
    ApiBearerAuth(),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Replays return the first answer; reuse with another body is 422' }),
    ...(options.onExisting
      ? [ApiHeader({ name: 'If-Match', required: false, description: 'The revision you read, as "3"; a mismatch is 412' })]
      : []),
    ApiProblems(400, 401, 403, 413, 415, 422, 429, ...(options.onExisting ? [404, 409, 412] : [409])),
  );

/** Errors every authenticated query shares. */
export const ApiQuery = () => applyDecorators(ApiBearerAuth(), ApiProblems(400, 401, 403, 404, 429));
