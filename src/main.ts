// First: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch node:http before Nest loads.
import { tracing } from './observability/start-tracing';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadSigningSecret, mintToken } from './auth/signing-secret';
import { createApp } from './bootstrap';
import { trackInFlight } from './common/http/drain';
import { ConfigError, loadConfig } from './config/config';

const main = async (): Promise<void> => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = new Logger('tutela');
  const secret = loadSigningSecret(config, { create: true });
  const app = await createApp({ config, secret });
  const requests = trackInFlight(app.getHttpServer());

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight requests, then closing the stores`);
    setTimeout(() => {
      logger.error(`shutdown took over ${config.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs).unref();
    // In-flight requests answer before the pools close (else: "Cannot use a pool after calling end").
    await requests.drain(Math.max(0, config.shutdownTimeoutMs - 2000));
    await app.close();
    await tracing?.shutdown().catch((e: Error) => logger.warn(`flushing traces: ${e.message}`));
    logger.log('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen(config.port, '0.0.0.0');
  const url = `http://localhost:${config.port}`;
  logger.log(
    `tutela listening on ${url} (event store: ${config.eventStore}, database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded PGlite in ${config.dataDir}`})`,
  );
  logger.log(`API docs: ${url}/docs`);
  if (tracing) logger.log(`tracing to ${new URL(config.tracing.endpoint!).origin} as ${config.tracing.serviceName}`);
  if (secret?.generated) {
    const token = await mintToken(
      secret.key,
      { sub: 'coordinator', role: 'coordinator', name: 'Coordinator' },
      { issuer: config.auth.issuer, audience: config.auth.audience },
    );
    console.log(`\nA coordinator token for this instance (12 h; more with npm run token):\n\nexport TOKEN=${token}\n`);
  }
};

main().catch((error) => {
  console.error(`tutela failed to start: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
