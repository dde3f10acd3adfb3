import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Request } from 'express';
import { Observable, mergeMap } from 'rxjs';
import { AuthenticatedRequest } from '../auth/auth.guard';
import { contextOf } from '../common/request-context';
import { isUuid } from '../common/ids';
import { AccessLogRecorder } from './access-log.recorder';

/** Whose content a read shows: a case, a household, or a person of the registry. */
const subjectOf = (request: Request) => {
  const { caseId, familyId, personId } = request.params ?? {};
  if (isUuid(caseId)) return { caseId };
  if (isUuid(familyId)) return { familyId };
  if (isUuid(personId)) return { personId };
  return undefined;
};

/**
 * Every successful read of a case's or a household's content by a person is logged before it is answered
 * (GDPR art. 15: who saw what). Exports and report drafts are logged by their own AuditTrailExported event.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(private readonly recorder: AccessLogRecorder) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const subject = request.method === 'GET' && request.principal ? subjectOf(request) : undefined;
    if (!subject) return next.handle();
    const what = `GET ${request.route?.path ?? request.path}`;
    const response = context.switchToHttp().getResponse<{ headersSent: boolean }>();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        // A handler that streamed its own answer (an export) is logged by its own event.
        if (!response.headersSent) await this.recorder.record({ ...subject, what }, contextOf(request));
        return body;
      }),
    );
  }
}
