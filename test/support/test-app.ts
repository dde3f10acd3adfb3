import { INestApplication } from '@nestjs/common';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import request from 'supertest';
import { mintToken } from '../../src/auth/signing-secret';
import { Role } from '../../src/auth/roles';
import { createApp } from '../../src/bootstrap';
import { watchProblemCodes } from './problem-codes';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/config';
import { DestinationStream } from '../../src/observability/logger';
import { TestDatabase, createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  database: TestDatabase;
  http: () => ReturnType<typeof request>;
  token: (role: Role, sub?: string, scope?: string) => Promise<string>;
  secret: Uint8Array;
  close(): Promise<void>;
}

/** The whole application over a fresh database, as `npm start` builds it, with a known HS256 secret. */
export const createTestApp = async (
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    logDestination?: DestinationStream;
    projections?: boolean;
    /** Another app's database: a second instance, or a restart. Closing this app then leaves it open. */
    database?: TestDatabase;
  } = {},
): Promise<TestApp> => {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase());
  const secret = randomBytes(32).toString('hex');
  const config = loadConfig({
    AUTH_JWT_SECRET: secret,
    AUDIT_SIGNING_KEY: testSigningKeyPem(),
    BODY_LIMIT_BYTES: String(64 * 1024),
    // Off unless a test asks for a limit: e2e specs send hundreds of requests a minute as one subject.
    RATE_LIMIT_PER_MINUTE: '0',
    // Off unless a test asks: lapses appended on a timer would race the events a spec counts; specs call runOnce().
    DEADLINE_ENGINE_INTERVAL_SECONDS: '0',
    // On the API thread unless a test asks: specs count a request's queries on the one pool, and start quicker.
    PROJECTIONS_OWN_THREAD: 'false',
    ...options.env,
  });
  const key = new TextEncoder().encode(secret);
  const app = await createApp({
    config,
    secret: { key, generated: false },
    database: { pool: database.pool, connectionString: database.connectionString },
    clock: options.clock,
    logger: false,
    logDestination: options.logDestination,
    projections: options.projections,
    projectionWorker: { pollMs: 100 },
  });
  const undeclaredProblems = watchProblemCodes(app);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    database,
    http: () => request(server),
    token: (role, sub = `${role}-1`, scope?: string) => mintToken(key, { sub, role, scope }),
    secret: key,
    async close() {
      await app.close();
      if (!shared) await database.close();
      const undeclared = undeclaredProblems();
      if (undeclared.length > 0)
        throw new Error(
          `answers the OpenAPI document does not declare (record them: npm run problem-codes):\n${JSON.stringify(undeclared)}`,
        );
    },
  };
};

/** Facts appended: the access log (CaseAccessed), written by every successful read, is not a fact of a case. */
export const countEvents = async (testApp: TestApp): Promise<number> => {
  const { rows } = await testApp.database.pool.query("SELECT count(*)::int AS n FROM events WHERE type <> 'CaseAccessed'");
  return rows[0].n;
};

/** A fresh Ed25519 key per app, so tests never share or leave a key in ./data. */
export const testSigningKeyPem = (): string =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
