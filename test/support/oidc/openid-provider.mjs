// A real OpenID Provider (panva's oidc-provider) for the OIDC tests, run as its own Node process:
// oidc-provider 8 is ESM-only, which jest's CommonJS module system cannot load.
// Configured by environment; prints {"issuer","port"} on stdout once it listens; exits when stdin closes.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const env = process.env;
const clients = JSON.parse(env.OIDC_CLIENTS); // [{ client_id, client_secret, claims }]
const signingKeys = JSON.parse(env.OIDC_JWKS); // { keys: [private JWK] }, shared by every provider of a test

// A provider whose clock runs ahead or behind issues tokens not yet valid, or already expired.
const offsetMs = Number(env.OIDC_CLOCK_OFFSET_SECONDS ?? 0) * 1000;
if (offsetMs !== 0) {
  const realNow = Date.now;
  Date.now = () => realNow() + offsetMs;
}

const claimsOf = (clientId) => clients.find((c) => c.client_id === clientId)?.claims ?? {};

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = env.OIDC_ISSUER || `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: clients.map(({ client_id, client_secret }) => ({
      client_id,
      client_secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
    })),
    jwks: signingKeys,
    cookies: { keys: [randomBytes(32).toString('hex')] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Any resource the client asks for becomes the audience: the tests ask for a wrong one on purpose.
        getResourceServerInfo: (_ctx, resource) => ({
          scope: 'api',
          audience: resource,
          accessTokenTTL: 300,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    extraTokenClaims: (_ctx, token) => claimsOf(token.clientId),
    formats: {
      customizers: {
        // Like Entra ID, a not-before equal to the issue time.
        jwt: (_ctx, _token, jwt) => {
          jwt.payload.nbf = jwt.payload.iat;
        },
      },
    },
  });
  server.on('request', provider.callback());
  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
});

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
