import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../src/config/config';

/** What docker-compose.yml promises, read without a Docker engine: its API environments pass loadConfig, its shape holds. */
const root = join(__dirname, '..');
const composeText = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const envExample = readFileSync(join(root, '.env.example'), 'utf8');

const testEnv: Record<string, string> = {
  POSTGRES_PASSWORD: 'pgTestOnly123',
  AUTH_JWT_SECRET: 'a-test-only-secret-that-is-longer-than-32-bytes',
  METRICS_TOKEN: 'metricsTestOnlyToken01',
  ESDB_ADMIN_PASSWORD: 'esdbAdminTest1',
  ESDB_OPS_PASSWORD: 'esdbOpsTest1',
};

class MissingVariable extends Error {}

/** Compose's interpolation of a value, as far as this file uses it: ${V}, ${V:-default}, ${V:?message}, and $$ for $. */
const interpolate = (text: string, env: Record<string, string>): string =>
  text.replace(/\$\$|\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (all, name?: string, op?: string, arg?: string) => {
    if (all === '$$') return '$';
    const value = env[name!];
    if (value) return value;
    if (op === '?') throw new MissingVariable(`${name}: ${arg}`);
    return op === '-' ? arg! : '';
  });

/** Like compose: parse first (anchors and merge keys), then interpolate every string value. */
const interpolateAll = (value: unknown, env: Record<string, string>): unknown => {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((v) => interpolateAll(v, env));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateAll(v, env)]));
  return value;
};

/** docker-compose (1.x, Debian's package) or the docker compose plugin (2.x, GitHub's runners), whichever answers. */
const findCompose = (): string[] | undefined =>
  [['docker-compose'], ['docker', 'compose']].find((command) => {
    try {
      execFileSync(command[0], [...command.slice(1), 'version'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  });

interface Service {
  image?: string;
  profiles?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  restart?: string;
  healthcheck?: unknown;
}

const servicesWith = (env: Record<string, string>): Record<string, Service> =>
  (interpolateAll(parse(composeText, { merge: true }), env) as { services: Record<string, Service> }).services;

const stringEnv = (service: Service): Record<string, string> =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, String(v)]));

describe('docker-compose.yml', () => {
  const services = servicesWith(testEnv);
  const apis = Object.entries(services).filter(([, s]) => s.environment?.EVENT_STORE !== undefined);

  it('gives every API instance a configuration the API accepts', () => {
    expect(apis.map(([name]) => name).sort()).toEqual(['api', 'api1', 'api2']);
    for (const [, api] of apis) expect(loadConfig(stringEnv(api)).eventStore).toBe('eventstoredb');
  });

  it('starts no API on a default token secret: without AUTH_JWT_SECRET or OIDC settings each refuses', () => {
    for (const [, api] of apis) {
      expect(() => loadConfig({ ...stringEnv(api), AUTH_JWT_SECRET: '' })).toThrow(ConfigError);
    }
  });

  it('refuses to start, naming the variable, when a required secret is missing from .env', () => {
    for (const name of ['POSTGRES_PASSWORD', 'METRICS_TOKEN', 'ESDB_ADMIN_PASSWORD', 'ESDB_OPS_PASSWORD']) {
      expect(() => servicesWith({ ...testEnv, [name]: '' })).toThrow(new RegExp(`^${name}: set ${name} in .env`));
    }
  });

  it('publishes only the API port, and every long-running service has a healthcheck and a restart policy', () => {
    const published = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name).sort()).toEqual(['api', 'proxy']);
    expect([services.api.ports, services.proxy.ports]).toEqual([['3000:3000'], ['3000:80']]);
    for (const [name, s] of Object.entries(services)) {
      if (name === 'esdb-certs') expect(s.restart).toBe('no');
      else expect([name, s.restart, s.healthcheck !== undefined]).toEqual([name, 'unless-stopped', true]);
    }
  });

  it('runs the EventStoreDB image that CI tests', () => {
    const ciImage = /image: (eventstore\/eventstore:\S+)/.exec(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8'))![1];
    const images = Object.values(services)
      .map((s) => s.image)
      .filter((image) => image?.startsWith('eventstore/eventstore:'));
    expect(new Set(images)).toEqual(new Set([ciImage]));
  });

  it('.env.example names every variable the file requires', () => {
    const required = [...composeText.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]);
    for (const name of new Set(required)) expect(envExample).toMatch(new RegExp(`^${name}=`, 'm'));
  });

  it('is valid for compose itself, in every profile (when docker-compose or docker compose is installed)', () => {
    const compose = findCompose();
    if (!compose) {
      console.log('neither docker-compose nor docker compose is installed: skipping their own check of docker-compose.yml');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'tutela-compose-'));
    try {
      const envFile = join(dir, 'test.env');
      writeFileSync(
        envFile,
        Object.entries(testEnv)
          .map(([k, v]) => `${k}=${v}\n`)
          .join(''),
      );
      for (const profiles of [[], ['monitoring'], ['cluster'], ['cluster', 'monitoring'], ['cluster-certs']]) {
        const args = ['--env-file', envFile, '-f', join(root, 'docker-compose.yml'), ...profiles.flatMap((p) => ['--profile', p])];
        expect(() => execFileSync(compose[0], [...compose.slice(1), ...args, 'config', '-q'], { stdio: 'pipe' })).not.toThrow();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
