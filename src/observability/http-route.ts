import { Request } from 'express';

/**
 * The matched route pattern (`/families/:familyId/members`), never the concrete path or query:
 * it keeps metric labels bounded and personal data out of logs and traces.
 * Requests refused before routing (413, 415, unknown paths) have none.
 */
export const routeOf = (request: Request): string => {
  const pattern = (request as { route?: { path?: unknown } }).route?.path;
  return typeof pattern === 'string' ? `${request.baseUrl ?? ''}${pattern}` : 'unmatched';
};
