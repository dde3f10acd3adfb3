import { NextFunction, Request, Response } from 'express';
import { routeOf } from './http-route';
import { Metrics } from './metrics';

/** Observes every request's latency when its response finishes, including those refused before routing. */
export const httpMetricsMiddleware = (metrics: Metrics) => (request: Request, response: Response, next: NextFunction) => {
  const started = process.hrtime.bigint();
  let observed = false;
  const observe = () => {
    if (observed) return;
    observed = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    metrics.httpRequestDuration.observe({ method: request.method, route: routeOf(request), status: String(response.statusCode) }, seconds);
  };
  response.once('finish', observe);
  response.once('close', observe);
  next();
};
