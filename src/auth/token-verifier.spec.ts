import { SignJWT } from 'jose';
import { InvalidTokenError, createTokenVerifier } from './token-verifier';

const secret = new TextEncoder().encode('a-shared-secret-of-at-least-32-bytes!');
const auth = { issuer: 'tutela', audience: 'tutela-api', rolesClaim: 'realm_access.roles', clockToleranceSeconds: 30 };
const now = () => Math.floor(Date.now() / 1000);

const token = (times: { iat?: number; nbf?: number; exp: number }, claims: Record<string, unknown> = { role: 'educator' }) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('elena').setIssuer('tutela').setAudience('tutela-api');
  jwt = jwt.setExpirationTime(times.exp);
  if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
  if (times.nbf !== undefined) jwt = jwt.setNotBefore(times.nbf);
  return jwt.sign(secret);
};

/** Shared-secret mode: the same time rules as for an OIDC provider's tokens, within the configured skew. */
describe('token times, with 30 s of clock skew', () => {
  const verify = createTokenVerifier(auth, secret);

  it('accepts a token just expired or just not yet valid, within the skew', async () => {
    await expect(verify(await token({ iat: now() - 600, exp: now() - 20 }))).resolves.toMatchObject({ id: 'elena', role: 'educator' });
    await expect(verify(await token({ iat: now() + 20, nbf: now() + 20, exp: now() + 600 }))).resolves.toMatchObject({ id: 'elena' });
  });

  it('refuses a token expired, not yet valid, or issued in the future beyond the skew (Keycloak sends no nbf)', async () => {
    await expect(verify(await token({ iat: now() - 600, exp: now() - 31 }))).rejects.toThrow(/"exp"/);
    await expect(verify(await token({ nbf: now() + 45, exp: now() + 600 }))).rejects.toThrow(/"nbf"/);
    await expect(verify(await token({ iat: now() + 45, exp: now() + 600 }))).rejects.toThrow(/issued in the future/);
  });

  it('refuses a token without a tutela role', async () => {
    await expect(verify(await token({ exp: now() + 600 }, { role: 'judge' }))).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
