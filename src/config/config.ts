import { resolve } from 'node:path';

export type EventStoreKind = 'postgres' | 'eventstoredb';

export interface AppConfig {
  port: number;
  /** Unset: embedded PGlite in dataDir. */
  databaseUrl?: string;
  databasePoolSize: number;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString?: string;
  eventStoreTimeoutMs: number;
  auth: {
    jwtSecret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
  };
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment once, at start; every problem is reported together. */
export const loadConfig = (env: Env = process.env): AppConfig => {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const eventStore = (env.EVENT_STORE || 'postgres') as EventStoreKind;
  if (!['postgres', 'eventstoredb'].includes(eventStore)) problems.push(`EVENT_STORE must be postgres or eventstoredb, got "${eventStore}"`);
  const eventStoreConnectionString = url('EVENTSTORE_CONNECTION_STRING', ['esdb:', 'esdb+discover:']);
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString) {
    problems.push('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false');
  }
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < 32) problems.push('AUTH_JWT_SECRET must be at least 32 bytes long');
  const jwksUrl = url('AUTH_JWKS_URL', ['https:', 'http:']);
  if (jwksUrl && !env.AUTH_ISSUER) problems.push('AUTH_JWKS_URL needs AUTH_ISSUER (the OIDC issuer the tokens must come from)');

  const config: AppConfig = {
    port: integer('PORT', 3000, 0, 65535),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir: resolve(env.DATA_DIR || './data'),
    eventStore,
    eventStoreConnectionString,
    eventStoreTimeoutMs: integer('EVENTSTORE_TIMEOUT_MS', 5000, 100, 120000),
    auth: { jwtSecret, jwksUrl, issuer: env.AUTH_ISSUER || undefined, audience: env.AUTH_AUDIENCE || undefined },
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10000, 0, 600000),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};

export const APP_CONFIG = Symbol('APP_CONFIG');
