import { ConfigError, loadConfig } from './config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('security configuration', () => {
  it('defaults: CORS closed, 600 requests a minute, Keycloak realm roles, 30 s of clock skew', () => {
    expect(loadConfig({})).toMatchObject({
      corsOrigins: [],
      rateLimitPerMinute: 600,
      auth: { rolesClaim: 'realm_access.roles', clockToleranceSeconds: 30 },
    });
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
  });

  it('takes exact origins: https anywhere, http only on localhost', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://sociale.comune.milano.it, http://localhost:5173,https://app.example:8443' });
    expect(config.corsOrigins).toEqual(['https://sociale.comune.milano.it', 'http://localhost:5173', 'https://app.example:8443']);
  });

  it('refuses what is not an origin as a browser sends it', () => {
    for (const bad of [
      '*',
      'http://sociale.comune.it',
      'https://app.example/',
      'https://app.example/path',
      'https://App.example',
      'ftp://x.it',
      'localhost:3000',
    ]) {
      expect(problemsOf({ CORS_ORIGINS: bad })).toEqual([expect.stringContaining(`CORS_ORIGINS: "${bad}"`)]);
    }
  });

  it('needs an audience with a JWKS, a sane roles claim path, and at most 60 s of skew', () => {
    expect(problemsOf({ AUTH_JWKS_URL: 'https://idp.example/certs', AUTH_ISSUER: 'https://idp.example' })).toEqual([
      expect.stringMatching(/AUTH_JWKS_URL needs AUTH_AUDIENCE/),
    ]);
    expect(problemsOf({ AUTH_ROLES_CLAIM: 'realm_access..roles' })).toEqual([expect.stringMatching(/AUTH_ROLES_CLAIM/)]);
    expect(problemsOf({ AUTH_CLOCK_TOLERANCE_SECONDS: '300' })).toEqual([
      expect.stringMatching(/AUTH_CLOCK_TOLERANCE_SECONDS must be an integer from 0 to 60/),
    ]);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '-1' })).toEqual([expect.stringMatching(/RATE_LIMIT_PER_MINUTE/)]);
  });

  describe('the token secret outside the embedded mode', () => {
    const SECRET = 'a-configured-secret-of-at-least-32-bytes';
    const OIDC = { AUTH_JWKS_URL: 'https://idp.example/certs', AUTH_ISSUER: 'https://idp.example', AUTH_AUDIENCE: 'tutela' };
    const ESDB = { EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://eventstore:2113?tls=false' };

    it('refuses an external database or EventStoreDB without AUTH_JWT_SECRET or OIDC, in one line', () => {
      for (const env of [{ DATABASE_URL: 'postgres://tutela@db:5432/tutela' }, ESDB]) {
        const problems = problemsOf(env);
        expect(problems).toEqual([expect.stringMatching(/needs AUTH_JWT_SECRET .* or AUTH_JWKS_URL .*embedded mode only$/)]);
        expect(problems[0]).not.toContain('\n');
      }
    });

    it('starts against them with a configured secret or an OIDC provider', () => {
      expect(problemsOf({ DATABASE_URL: 'postgres://tutela@db:5432/tutela', ...ESDB, AUTH_JWT_SECRET: SECRET })).toEqual([]);
      expect(problemsOf({ DATABASE_URL: 'postgres://tutela@db:5432/tutela', ...ESDB, ...OIDC })).toEqual([]);
    });

    it('keeps generating the secret in the embedded mode', () => {
      expect(problemsOf({})).toEqual([]);
      expect(loadConfig({}).auth.jwtSecret).toBeUndefined();
    });
  });
});
