import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/** Swagger UI: its own scripts and styles, one inline <style> block, data: icons, and calls to this API. */
const DOCS_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** API answers are data, never a document: if one is opened in a browser, it may load and run nothing. */
const API_CSP = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] };

const isDocs = (path: string): boolean => path === '/docs' || path.startsWith('/docs/') || path === '/docs-json';

/**
 * helmet's headers on every answer, with two Content-Security-Policies: a closed one for the API and one that lets
 * Swagger UI work at /docs. GET /verify sets its own stricter policy in its controller, which replaces this one.
 * Then Cache-Control: no-store by default, because answers carry data of minors; a handler may relax it
 * (GET /audit/keys is public and cacheable). Swagger's static files keep their own caching.
 */
export const installSecurityHeaders = (app: INestApplication): void => {
  const common = {
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' as const },
  };
  const forApi = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: API_CSP } });
  const forDocs = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: DOCS_CSP } });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isDocs(request.path)) return forDocs(request, response, next);
    response.setHeader('Cache-Control', 'no-store');
    forApi(request, response, next);
  });
};
