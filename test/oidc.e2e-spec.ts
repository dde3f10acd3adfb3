import { OpenIdProvider, ProviderClient, providerSigningKeys, startOpenIdProvider } from './support/oidc/openid-provider';
import { TestApp, createTestApp } from './support/test-app';

const AUDIENCE = 'https://tutela.test/api';
const client = (client_id: string, claims: Record<string, unknown>): ProviderClient => ({
  client_id,
  client_secret: `${client_id}-secret-0123456789abcdef`,
  claims,
});
const coordinatorApp = client('cartella-web', { realm_access: { roles: ['offline_access', 'coordinator'] } });
const liaisonApp = client('cancelleria', { realm_access: { roles: ['court-liaison'] } });
// A role claim at the top level is not where this deployment keeps roles: it must grant nothing.
const noRoleApp = client('nessun-ruolo', { role: 'admin', realm_access: { roles: ['offline_access'] } });
const clientRolesApp = client('educatori', { resource_access: { tutela: { roles: ['educator'] } } });
const CLIENTS = [coordinatorApp, liaisonApp, noRoleApp, clientRolesApp];

/** Tokens of a real OpenID Provider (panva's oidc-provider), verified against its JWKS. */
describe('OIDC bearer tokens against a real OpenID Provider (e2e)', () => {
  let provider: OpenIdProvider;
  let others: Record<'foreignIssuer' | 'pastClock' | 'futureClock' | 'slightlyFastClock', OpenIdProvider>;
  let t: TestApp;
  const get = (token: string, path = '/cases') => t.http().get(path).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    const signingKeys = providerSigningKeys();
    provider = await startOpenIdProvider({ signingKeys, clients: CLIENTS });
    // Same keys, so that only the claim under test is wrong: another issuer, or a clock an hour off.
    const same = { signingKeys, clients: CLIENTS, issuer: provider.issuer };
    const [foreignIssuer, pastClock, futureClock, slightlyFastClock] = await Promise.all([
      startOpenIdProvider({ signingKeys, clients: CLIENTS }),
      startOpenIdProvider({ ...same, clockOffsetSeconds: -3600 }),
      startOpenIdProvider({ ...same, clockOffsetSeconds: 3600 }),
      startOpenIdProvider({ ...same, clockOffsetSeconds: 20 }),
    ]);
    others = { foreignIssuer, pastClock, futureClock, slightlyFastClock };
    t = await createTestApp({
      env: { AUTH_JWKS_URL: provider.jwksUri, AUTH_ISSUER: provider.issuer, AUTH_AUDIENCE: AUDIENCE },
      projections: false,
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([provider, ...Object.values(others ?? {})].map((p) => p?.stop()));
  });

  const refusedWith = async (token: string, reason: RegExp) => {
    const answer = await get(token).expect(401);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body.code).toBe('UNAUTHENTICATED');
    expect(answer.body.detail).toMatch(reason);
  };

  it('accepts a valid token, takes the role from realm_access.roles and the actor from sub', async () => {
    const token = await provider.token(coordinatorApp, AUDIENCE);
    await get(token).expect(200);
    const family = { municipality: { istatCode: '015146', name: 'Milano' }, address: 'Via Roma 1' };
    const created = await t.http().post('/families').set('Authorization', `Bearer ${token}`).send(family).expect(201);
    const { rows } = await t.database.pool.query('SELECT metadata FROM events WHERE stream_id = $1', [`family-${created.body.id}`]);
    expect(rows[0].metadata.actor).toEqual({ id: 'cartella-web', role: 'coordinator' });
  });

  it('applies the role it finds: court liaison may read but not write', async () => {
    const token = await provider.token(liaisonApp, AUDIENCE);
    await get(token).expect(200);
    const refused = await t.http().post('/families').set('Authorization', `Bearer ${token}`).send({}).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN_ROLE');
  });

  it('refuses a token for another audience', async () =>
    refusedWith(await provider.token(coordinatorApp, 'https://other.test/api'), /"aud"/));

  it('refuses a token of another issuer, even signed with the same key', async () =>
    refusedWith(await others.foreignIssuer.token(coordinatorApp, AUDIENCE), /"iss"/));

  it('refuses an expired token', async () => refusedWith(await others.pastClock.token(coordinatorApp, AUDIENCE), /"exp"/));

  it('refuses a token not valid yet', async () => refusedWith(await others.futureClock.token(coordinatorApp, AUDIENCE), /"nbf"/));

  it('tolerates a provider clock a little ahead (under the 30 s skew)', async () => {
    await get(await others.slightlyFastClock.token(coordinatorApp, AUDIENCE)).expect(200);
  });

  it('refuses a token with no tutela role where roles are configured, and an HS256 token', async () => {
    await refusedWith(await provider.token(noRoleApp, AUDIENCE), /no tutela role/);
    await refusedWith(await t.token('admin'), /alg/);
  });

  it('reads roles from AUTH_ROLES_CLAIM, e.g. Keycloak client roles', async () => {
    const clientRoles = await createTestApp({
      database: t.database,
      projections: false,
      env: {
        AUTH_JWKS_URL: provider.jwksUri,
        AUTH_ISSUER: provider.issuer,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_ROLES_CLAIM: 'resource_access.tutela.roles',
      },
    });
    try {
      const token = await provider.token(clientRolesApp, AUDIENCE);
      await clientRoles.http().get('/cases').set('Authorization', `Bearer ${token}`).expect(200);
      const coordinator = await provider.token(coordinatorApp, AUDIENCE);
      await clientRoles.http().get('/cases').set('Authorization', `Bearer ${coordinator}`).expect(401);
    } finally {
      await clientRoles.close();
    }
  });

  it('answers 503, not 401, when the provider’s keys cannot be fetched', async () => {
    const token = await provider.token(coordinatorApp, AUDIENCE);
    const unreachable = await createTestApp({
      database: t.database,
      projections: false,
      env: { AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks', AUTH_ISSUER: provider.issuer, AUTH_AUDIENCE: AUDIENCE },
    });
    try {
      const answer = await unreachable.http().get('/cases').set('Authorization', `Bearer ${token}`).expect(503);
      expect(answer.body.code).toBe('IDENTITY_PROVIDER_UNAVAILABLE');
    } finally {
      await unreachable.close();
    }
  });
});
