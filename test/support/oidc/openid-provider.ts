import { ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { join } from 'node:path';

export interface ProviderClient {
  client_id: string;
  client_secret: string;
  /** Claims the provider adds to this client's access tokens, e.g. { realm_access: { roles: ['coordinator'] } }. */
  claims: Record<string, unknown>;
}

export interface OpenIdProvider {
  issuer: string;
  jwksUri: string;
  /** A client_credentials access token (a JWT) for `resource`, which becomes its audience. */
  token(client: ProviderClient, resource: string): Promise<string>;
  stop(): Promise<void>;
}

/** One RSA signing key in JWKS form, to share between providers: a token's signature then checks out everywhere. */
export const providerSigningKeys = (): { keys: object[] } => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', alg: 'RS256' }] };
};

/**
 * Starts panva's oidc-provider in a child Node process on 127.0.0.1, port chosen by the system.
 * `issuer` defaults to its own URL; `clockOffsetSeconds` makes it issue tokens from another time.
 */
export const startOpenIdProvider = async (options: {
  signingKeys: { keys: object[] };
  clients: ProviderClient[];
  issuer?: string;
  clockOffsetSeconds?: number;
}): Promise<OpenIdProvider> => {
  const child = spawn(process.execPath, [join(__dirname, 'openid-provider.mjs')], {
    // A clean environment: no NODE_OPTIONS from jest, only what the provider needs.
    env: {
      PATH: process.env.PATH,
      OIDC_CLIENTS: JSON.stringify(options.clients),
      OIDC_JWKS: JSON.stringify(options.signingKeys),
      OIDC_ISSUER: options.issuer ?? '',
      OIDC_CLOCK_OFFSET_SECONDS: String(options.clockOffsetSeconds ?? 0),
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { issuer, port } = await firstLine(child);
  const base = `http://127.0.0.1:${port}`;
  const discovery = (await (await fetch(`${base}/.well-known/openid-configuration`)).json()) as {
    jwks_uri: string;
    token_endpoint: string;
  };
  // The discovery document names the issuer's URLs; with a borrowed issuer, this process still answers on its own port.
  const local = (url: string) => `${base}${new URL(url).pathname}`;
  return {
    issuer,
    jwksUri: local(discovery.jwks_uri),
    async token(client, resource) {
      const answer = await fetch(local(discovery.token_endpoint), {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${client.client_id}:${client.client_secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource, scope: 'api' }).toString(),
      });
      const body = (await answer.json()) as { access_token?: string };
      if (!answer.ok || !body.access_token) throw new Error(`token endpoint answered ${answer.status}: ${JSON.stringify(body)}`);
      return body.access_token;
    },
    stop: () => stopChild(child),
  };
};

const firstLine = (child: ChildProcess): Promise<{ issuer: string; port: number }> =>
  new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => fail(new Error('the OpenID Provider did not start within 15 s')), 15_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${error.message}\n${stderr}`));
    };
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!stdout.includes('\n')) return;
      clearTimeout(timer);
      resolve(JSON.parse(stdout.split('\n')[0]));
    });
    child.on('exit', (code) => fail(new Error(`the OpenID Provider exited with ${code}`)));
  });

/** Closing its stdin ends the provider; a kill only if it does not go within 2 s. */
const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.stdin!.end();
  });
