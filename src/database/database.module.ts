import { DynamicModule, Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { AppConfig } from '../config/config';
import { DATABASE_URL, PG_POOL, PROJECTION_POOL } from './database.tokens';
import { projectionPoolFor } from './projection-pool';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';
import { createPool } from './pool';
import { claimDataDir } from './data-dir-lock';
import { mkdirSync } from 'node:fs';

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

export interface DatabaseOptions {
  config: AppConfig;
  /** A database owned by the caller (tests); tutela then neither creates nor closes one. */
  external?: { pool: Pool; connectionString: string };
  migrate?: boolean;
}

/** The pg pool: DATABASE_URL's server, or embedded PGlite in DATA_DIR. Migrations run before anything else. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EMBEDDED) private readonly owned: { embedded?: EmbeddedPostgres; ownsPool: boolean },
    @Inject(PROJECTION_POOL) private readonly projectionPool: Pool,
  ) {}

  static register({ config, external, migrate: runMigrations = true }: DatabaseOptions): DynamicModule {
    const logger = new Logger('Database');
    const connect = async () => {
      if (external) return { ...external, ownsPool: false };
      if (config.databaseUrl) {
        return { pool: createPool(config.databaseUrl, config.databasePoolSize), connectionString: config.databaseUrl, ownsPool: true };
      }
      mkdirSync(config.dataDir, { recursive: true });
      const releaseDataDir = claimDataDir(config.dataDir);
      const embedded = await startEmbeddedPostgres(config.dataDir);
      const stop = embedded.stop;
      embedded.stop = async () => {
        await stop();
        releaseDataDir();
      };
      logger.log(`embedded PGlite in ${config.dataDir}`);
      return { pool: createPool(embedded.connectionString, 1), connectionString: embedded.connectionString, embedded, ownsPool: true };
    };
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: EMBEDDED,
          useFactory: async () => {
            const connection = await connect();
            if (runMigrations) await migrate(connection.pool, (line) => logger.debug(line));
            return connection;
          },
        },
        { provide: PG_POOL, useFactory: (connection: { pool: Pool }) => connection.pool, inject: [EMBEDDED] },
        {
          provide: PROJECTION_POOL,
          useFactory: (connection: { pool: Pool; connectionString: string }) =>
            projectionPoolFor(connection.pool, connection.connectionString, config.projectionPoolSize),
          inject: [EMBEDDED],
        },
        {
          provide: DATABASE_URL,
          useFactory: (connection: { connectionString: string }) => connection.connectionString,
          inject: [EMBEDDED],
        },
      ],
      exports: [PG_POOL, PROJECTION_POOL, DATABASE_URL],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    // A projection pool apart from the requests' was made here, even beside an external database.
    if (this.projectionPool !== this.pool)
      await this.projectionPool.end().catch((e: Error) => this.logger.warn(`closing projection pool: ${e.message}`));
    if (this.owned.ownsPool) await this.pool.end().catch((e: Error) => this.logger.warn(`closing pool: ${e.message}`));
    if (this.owned.embedded) await this.owned.embedded.stop();
  }
}
