import { createHash, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../common/domain-error';

export interface ScrapeRequest {
  authorization?: string;
  /** The socket's peer address: never X-Forwarded-For, which a client can write. */
  remoteAddress?: string;
  /** The request passed a proxy (Forwarded / X-Forwarded-For): the real client is not the peer. */
  forwarded: boolean;
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

export const isLoopback = (address: string | undefined): boolean => address !== undefined && LOOPBACK.test(address);

const sameSecret = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());

/**
 * Who may read /metrics. With METRICS_TOKEN, anyone presenting it as a bearer token; without it,
 * only a client on this host that did not come through a proxy (a local proxy would make everyone local).
 */
export const checkMetricsAccess = (token: string | undefined, request: ScrapeRequest): void => {
  if (token !== undefined) {
    const match = /^Bearer (\S+)$/.exec(request.authorization ?? '');
    if (!match)
      throw new DomainError('UNAUTHENTICATED', 'GET /metrics needs the metrics token (Authorization: Bearer <METRICS_TOKEN>)', 401);
    if (!sameSecret(match[1], token)) throw new DomainError('UNAUTHENTICATED', 'The metrics token is not the configured one', 401);
    return;
  }
  if (!isLoopback(request.remoteAddress) || request.forwarded) {
    throw new DomainError(
      'METRICS_LOOPBACK_ONLY',
      'Without METRICS_TOKEN, /metrics answers only clients on this host, not through a proxy',
      403,
    );
  }
};
