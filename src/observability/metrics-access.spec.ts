import { DomainError } from '../common/domain-error';
import { checkMetricsAccess, isLoopback } from './metrics-access';

const refusal = (run: () => void): { status: number; code: string } | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { status: (error as DomainError).status, code: (error as DomainError).code };
  }
};

describe('who may read /metrics', () => {
  const token = 'scrape-token-0123456789';

  it('with a token configured: the bearer token, from anywhere', () => {
    expect(
      refusal(() => checkMetricsAccess(token, { authorization: `Bearer ${token}`, remoteAddress: '10.1.2.3', forwarded: true })),
    ).toBeUndefined();
    expect(refusal(() => checkMetricsAccess(token, { remoteAddress: '127.0.0.1', forwarded: false }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(
      refusal(() =>
        checkMetricsAccess(token, { authorization: 'Bearer wrong-token-0123456789', remoteAddress: '127.0.0.1', forwarded: false }),
      ),
    ).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(refusal(() => checkMetricsAccess(token, { authorization: `Basic ${token}`, forwarded: false }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('without a token: loopback clients only, and not through a proxy', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(refusal(() => checkMetricsAccess(undefined, { remoteAddress: address, forwarded: false }))).toBeUndefined();
    }
    for (const address of ['10.0.0.1', '::ffff:10.0.0.1', '128.0.0.1', '1127.0.0.1', undefined]) {
      expect(refusal(() => checkMetricsAccess(undefined, { remoteAddress: address, forwarded: false }))).toEqual({
        status: 403,
        code: 'METRICS_LOOPBACK_ONLY',
      });
    }
    expect(refusal(() => checkMetricsAccess(undefined, { remoteAddress: '127.0.0.1', forwarded: true }))).toEqual({
      status: 403,
      code: 'METRICS_LOOPBACK_ONLY',
    });
  });

  it('knows loopback addresses', () => {
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('::2')).toBe(false);
    expect(isLoopback('127.0.0.1.example')).toBe(false);
  });
});
