import { SUPERVISED_ACTS, SupervisedAct } from '../cases/case.values';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PATRON_SAINT_DAY_PATTERN } from '../community/reports/working-days';

export type EventStoreKind = 'postgres' | 'eventstoredb';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  port: number;
  /** Unset: embedded PGlite in dataDir. */
  databaseUrl?: string;
  databasePoolSize: number;
  /** Connections of the projection workers, apart from the requests' (Postgres only; embedded shares its one). */
  projectionPoolSize: number;
  /** The projection workers on a thread of their own (Postgres server and Postgres event store only). */
  projectionsOwnThread: boolean;
  dataDir: string;
  eventStore: EventStoreKind;
  eventStoreConnectionString?: string;
  eventStoreTimeoutMs: number;
  auth: {
    jwtSecret?: string;
    jwksUrl?: string;
    issuer?: string;
    audience?: string;
    /** Dotted path of the roles claim in OIDC tokens (Keycloak: realm_access.roles). */
    rolesClaim: string;
    /** Clock skew allowed on exp, nbf and iat, in seconds (at most 60). */
    clockToleranceSeconds: number;
  };
  /** Exact browser origins allowed by CORS; empty: closed. */
  corsOrigins: string[];
  /** Requests per minute per token subject (else per client IP); 0 turns rate limiting off. */
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  logLevel: LogLevel;
  /** Bearer token for GET /metrics; unset: only loopback clients may read it. */
  metricsToken?: string;
  /** OpenTelemetry: off unless an OTLP endpoint is set. */
  tracing: { endpoint?: string; serviceName: string };
  integrations: {
    /** HMAC key of the statistics export's pseudonyms; unset: generated once in dataDir. */
    pseudonymKey?: string;
    /** Webhook URLs may point at private and link-local addresses (SSRF guard off): for closed networks only. */
    webhooksAllowPrivate: boolean;
    /** Milliseconds between SSE heartbeat comments on GET /feed/stream, so proxies keep an idle stream open. */
    feedHeartbeatMs: number;
    /** Webhook delivery: request timeout, attempts before parking, exponential backoff with full jitter, polling. */
    webhookDelivery: { timeoutMs: number; maxAttempts: number; backoffBaseMs: number; backoffCapMs: number; pollMs: number };
  };
  /** Folded stream states kept in memory (bounded by entries and by estimated megabytes), and snapshots of long streams. */
  streamStates: { cacheEntries: number; cacheMegabytes: number; snapshotEvery: number };
  /**
   * Working days within which a report (segnalazione) without serious harm must be screened; working days skip weekends,
   * Italian public holidays and the patron saint's day (MM-DD) when set.
   */
  community: { screeningWorkingDays: number; patronSaintDay?: string };
  audit: {
    /** Ed25519 PKCS#8 PEM that signs court bundles and checkpoints; unset: generated once in dataDir. */
    signingKeyPem?: string;
    /** Minutes between periodic checkpoints of every stream head; 0 turns them off. */
    checkpointIntervalMinutes: number;
  };
  /** Seconds between passes of the deadline engine (art. 403 lapses); 0 turns it off. It also runs at start. */
  deadlineEngineIntervalSeconds: number;
  /** The acts a coordinator approves before they take effect (SUPERVISED_ACTS); empty: none. */
  supervisedActs: SupervisedAct[];
  /** Where links in calendar feeds and e-mails point (scheme, host, optional path); unset: the request's own origin. */
  publicBaseUrl?: string;
  /** The deadline digest by e-mail: off unless SMTP_URL is set. */
  reminders: {
    smtpUrl?: string;
    from: string;
    /** Open deadlines due within this many days are listed, beside every overdue one. */
    daysAhead: number;
    /** Seconds between passes; a pass sends today's digests once Rome's clock has passed sendAfter (HH:MM). */
    intervalSeconds: number;
    sendAfter: string;
  };
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
  const url = (name: string, protocols: string[], { hostList = false } = {}): string | undefined => {
    const raw = env[name];
    if (!raw) return undefined;
    try {
      // A cluster's gossip seeds (esdb://a:2113,b:2113,c:2113) are not one URL: the first host stands for them.
      const parsed = new URL(hostList ? raw.replace(/^([a-z+]+:\/\/[^,/?#]*),[^/?#]*/i, '$1') : raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };

  const eventStore = (env.EVENT_STORE || 'postgres') as EventStoreKind;
  if (!['postgres', 'eventstoredb'].includes(eventStore))
    problems.push(`EVENT_STORE must be postgres or eventstoredb, got "${eventStore}"`);
  const eventStoreConnectionString = url('EVENTSTORE_CONNECTION_STRING', ['esdb:', 'esdb+discover:'], { hostList: true });
  if (eventStore === 'eventstoredb' && !eventStoreConnectionString) {
    problems.push('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING, e.g. esdb://localhost:2113?tls=false');
  }
  const jwtSecret = env.AUTH_JWT_SECRET || undefined;
  if (jwtSecret !== undefined && Buffer.byteLength(jwtSecret) < 32) problems.push('AUTH_JWT_SECRET must be at least 32 bytes long');
  const jwksUrl = url('AUTH_JWKS_URL', ['https:', 'http:']);
  if (jwksUrl && !env.AUTH_ISSUER) problems.push('AUTH_JWKS_URL needs AUTH_ISSUER (the OIDC issuer the tokens must come from)');
  if (jwksUrl && !env.AUTH_AUDIENCE) problems.push("AUTH_JWKS_URL needs AUTH_AUDIENCE (the audience tutela's tokens are issued for)");
  // A secret generated into DATA_DIR suits one process on one machine; external stores mean instances that must agree.
  if (!jwtSecret && !jwksUrl && (env.DATABASE_URL || eventStore === 'eventstoredb')) {
    problems.push(
      'DATABASE_URL or EVENT_STORE=eventstoredb needs AUTH_JWT_SECRET (32+ bytes) or AUTH_JWKS_URL with AUTH_ISSUER and ' +
        'AUTH_AUDIENCE: a generated secret is for the embedded mode only',
    );
  }
  const rolesClaim = env.AUTH_ROLES_CLAIM || 'realm_access.roles';
  if (!/^[A-Za-z0-9_:-]{1,100}(\.[A-Za-z0-9_:-]{1,100}){0,5}$/.test(rolesClaim)) {
    problems.push(`AUTH_ROLES_CLAIM must be a dotted claim path such as realm_access.roles, got "${rolesClaim}"`);
  }
  const corsOrigins = readCorsOrigins(env.CORS_ORIGINS, problems);

  const logLevel = (env.LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const metricsToken = env.METRICS_TOKEN || undefined;
  // token68 characters, so that it fits an Authorization: Bearer header as it is.
  if (metricsToken !== undefined && !/^[A-Za-z0-9._~+/=-]{16,512}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be 16 to 512 characters of A-Z, a-z, 0-9 and . _ ~ + / = -');
  }

  const signingKeyPem = readAuditSigningKey(env, problems);
  const pseudonymKey = env.STATISTICS_PSEUDONYM_KEY || undefined;
  if (pseudonymKey !== undefined && Buffer.byteLength(pseudonymKey) < 32)
    problems.push('STATISTICS_PSEUDONYM_KEY must be at least 32 bytes long');
  const ownThread = env.PROJECTIONS_OWN_THREAD || undefined;
  if (![undefined, 'true', 'false'].includes(ownThread)) problems.push('PROJECTIONS_OWN_THREAD must be true or false');
  const threadPossible = Boolean(env.DATABASE_URL) && eventStore === 'postgres';
  if (ownThread === 'true' && !threadPossible)
    problems.push('PROJECTIONS_OWN_THREAD=true needs DATABASE_URL and the Postgres event store (embedded PGlite has one connection)');
  if (!['', 'true', 'false', undefined].includes(env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES)) {
    problems.push('WEBHOOKS_ALLOW_PRIVATE_ADDRESSES must be true or false');
  }
  const patronSaintDay = env.PATRON_SAINT_DAY?.trim() || undefined;
  if (patronSaintDay !== undefined && !PATRON_SAINT_DAY_PATTERN.test(patronSaintDay))
    problems.push(`PATRON_SAINT_DAY must be a month and day as MM-DD (e.g. 06-24 for Turin), got "${patronSaintDay}"`);

  const config: AppConfig = {
    port: integer('PORT', 3000, 0, 65535),
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    databasePoolSize: integer('DATABASE_POOL_SIZE', 10, 1, 200),
    projectionPoolSize: integer('PROJECTION_POOL_SIZE', 4, 1, 100),
    projectionsOwnThread: threadPossible && ownThread !== 'false',
    dataDir: resolve(env.DATA_DIR || './data'),
    eventStore,
    eventStoreConnectionString,
    eventStoreTimeoutMs: integer('EVENTSTORE_TIMEOUT_MS', 5000, 100, 120000),
    auth: {
      jwtSecret,
      jwksUrl,
      issuer: env.AUTH_ISSUER || undefined,
      audience: env.AUTH_AUDIENCE || undefined,
      rolesClaim,
      clockToleranceSeconds: integer('AUTH_CLOCK_TOLERANCE_SECONDS', 30, 0, 60),
    },
    corsOrigins,
    rateLimitPerMinute: integer('RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    bodyLimitBytes: integer('BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    shutdownTimeoutMs: integer('SHUTDOWN_TIMEOUT_MS', 10000, 0, 600000),
    logLevel: LOG_LEVELS.includes(logLevel) ? logLevel : 'info',
    metricsToken,
    tracing: { endpoint: url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http:', 'https:']), serviceName: env.OTEL_SERVICE_NAME || 'tutela' },
    integrations: {
      pseudonymKey,
      webhooksAllowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES === 'true',
      feedHeartbeatMs: integer('FEED_HEARTBEAT_MS', 15000, 10, 300000),
      webhookDelivery: {
        timeoutMs: integer('WEBHOOKS_TIMEOUT_MS', 10000, 100, 120000),
        maxAttempts: integer('WEBHOOKS_MAX_ATTEMPTS', 8, 1, 100),
        backoffBaseMs: integer('WEBHOOKS_BACKOFF_BASE_MS', 30000, 1, 3_600_000),
        backoffCapMs: integer('WEBHOOKS_BACKOFF_CAP_MS', 6 * 3_600_000, 1, 7 * 24 * 3_600_000),
        pollMs: integer('WEBHOOKS_POLL_MS', 1000, 10, 60000),
      },
    },
    streamStates: {
      cacheEntries: integer('STATE_CACHE_ENTRIES', 10000, 0, 10_000_000),
      cacheMegabytes: integer('STATE_CACHE_MB', 64, 0, 64 * 1024),
      snapshotEvery: integer('SNAPSHOT_EVERY', 500, 0, 1_000_000),
    },
    community: {
      screeningWorkingDays: integer('REPORT_SCREENING_WORKING_DAYS', 5, 1, 30),
      ...(patronSaintDay ? { patronSaintDay } : {}),
    },
    audit: { signingKeyPem, checkpointIntervalMinutes: integer('AUDIT_CHECKPOINT_INTERVAL_MINUTES', 60, 0, 7 * 24 * 60) },
    deadlineEngineIntervalSeconds: integer('DEADLINE_ENGINE_INTERVAL_SECONDS', 60, 0, 24 * 3600),
    supervisedActs: readSupervisedActs(env.SUPERVISED_ACTS, problems),
    publicBaseUrl: url('PUBLIC_BASE_URL', ['https:', 'http:'])?.replace(/\/+$/, ''),
    reminders: {
      smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
      from: readSender(env.SMTP_FROM, problems),
      daysAhead: integer('REMINDER_DAYS_AHEAD', 7, 0, 90),
      intervalSeconds: integer('REMINDER_INTERVAL_SECONDS', 900, 1, 24 * 3600),
      sendAfter: readSendAfter(env.REMINDER_SEND_AFTER, problems),
    },
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};

export const APP_CONFIG = Symbol('APP_CONFIG');

/** SUPERVISED_ACTS: comma-separated, from support-plan, closure, court-report. */
const readSupervisedActs = (raw: string | undefined, problems: string[]): SupervisedAct[] => {
  const acts = (raw ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const unknown = acts.filter((a) => !(SUPERVISED_ACTS as readonly string[]).includes(a));
  if (unknown.length > 0) problems.push(`SUPERVISED_ACTS: ${unknown.join(', ')} unknown; use ${SUPERVISED_ACTS.join(', ')}`);
  return [...new Set(acts)].filter((a): a is SupervisedAct => (SUPERVISED_ACTS as readonly string[]).includes(a));
};

/** CORS_ORIGINS: comma-separated origins exactly as browsers send them; https, or http only for localhost. */
const readCorsOrigins = (raw: string | undefined, problems: string[]): string[] => {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    const secure = parsed?.protocol === 'https:' || (parsed?.protocol === 'http:' && parsed.hostname === 'localhost');
    if (!parsed || parsed.origin !== origin || !secure) {
      problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://host[:port] or http://localhost[:port] (no path, lower case)`);
    }
  }
  return [...new Set(origins)];
};

/** AUDIT_SIGNING_KEY (the PEM itself) or AUDIT_SIGNING_KEY_FILE (a path to it): an Ed25519 private key. */
const readAuditSigningKey = (env: Env, problems: string[]): string | undefined => {
  let pem = env.AUDIT_SIGNING_KEY || undefined;
  const file = env.AUDIT_SIGNING_KEY_FILE || undefined;
  if (pem && file) problems.push('Set AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE, not both');
  if (!pem && file) {
    try {
      pem = readFileSync(file, 'utf8');
    } catch {
      problems.push(`AUDIT_SIGNING_KEY_FILE cannot be read: ${file}`);
      return undefined;
    }
  }
  if (!pem) return undefined;
  try {
    if (createPrivateKey(pem).asymmetricKeyType !== 'ed25519') problems.push('The audit signing key must be an Ed25519 key');
  } catch {
    problems.push('The audit signing key is not a PKCS#8 PEM private key (openssl genpkey -algorithm ed25519)');
  }
  return pem;
};

const SENDER = /^(?:[^<>\r\n]{0,100}<)?[^\s@<>]{1,64}@[^\s@<>]{1,190}>?$/;
/** SMTP_FROM: an address, or a name and an address in angle brackets. */
const readSender = (raw: string | undefined, problems: string[]): string => {
  const value = raw?.trim() || 'tutela <noreply@localhost>';
  if (!SENDER.test(value)) problems.push(`SMTP_FROM must be an e-mail address, optionally as Name <address>, got "${value}"`);
  return value;
};

/** REMINDER_SEND_AFTER: a Rome wall-clock time as HH:MM. */
const readSendAfter = (raw: string | undefined, problems: string[]): string => {
  const value = raw?.trim() || '07:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) problems.push(`REMINDER_SEND_AFTER must be a time as HH:MM, got "${value}"`);
  return value;
};
