import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { Request } from 'express';
import { Observable } from 'rxjs';
import { routeOf } from './http-route';

type CorrelatedRequest = Request & { correlationId?: string; requestId?: string };

/** Names the HTTP server span by its route (`POST /families/:familyId/members`) once routing knows it, and links it to the logs. */
@Injectable()
export class RouteSpanInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const span = trace.getActiveSpan();
    if (span?.isRecording() && context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<CorrelatedRequest>();
      const route = routeOf(request);
      span.updateName(`${request.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'tutela.correlation_id': request.correlationId, 'tutela.request_id': request.requestId });
    }
    return next.handle();
  }
}
