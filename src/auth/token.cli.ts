import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { isRole, ROLES } from './roles';
import { loadSigningSecret, mintToken } from './signing-secret';

/** npm run token -- --sub alice --role social-worker [--name "Alice Rossi"] [--scope "feed webhooks"] [--expires 12h] */
const run = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      sub: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      scope: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    },
  });
  if (!values.sub || !isRole(values.role)) {
    console.error(
      `usage: npm run token -- --sub <id> --role <${ROLES.join('|')}> [--name <name>] [--scope "feed webhooks statistics"] [--expires 12h]`,
    );
    return 2;
  }
  const config = loadConfig();
  if (config.auth.jwksUrl) {
    console.error('AUTH_JWKS_URL is set: tokens come from your identity provider, not from tutela.');
    return 2;
  }
  const secret = loadSigningSecret(config, { create: true });
  const token = await mintToken(
    secret!.key,
    { sub: values.sub, role: values.role, name: values.name, scope: values.scope },
    {
      expiresIn: values.expires,
      issuer: config.auth.issuer,
      audience: config.auth.audience,
    },
  );
  console.log(token);
  return 0;
};

run().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : String(error));
    process.exit(1);
  },
);
