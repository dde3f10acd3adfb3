import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded store on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, eventStore: 'postgres', databaseUrl: undefined });
    expect(config.dataDir).toMatch(/data$/);
  });

  it('reports every bad value at once, in words', () => {
    try {
      loadConfig({ PORT: 'eighty', EVENT_STORE: 'mongo', AUTH_JWT_SECRET: 'short', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(4);
      expect(problems.join('\n')).toMatch(/PORT must be an integer/);
      expect(problems.join('\n')).toMatch(/EVENT_STORE must be postgres or eventstoredb/);
    }
  });

  it('sizes the state cache and the snapshots, and refuses what is not a count', () => {
    expect(loadConfig({}).community).toEqual({ screeningWorkingDays: 5 });
    expect(loadConfig({ REPORT_SCREENING_WORKING_DAYS: '3' }).community).toEqual({ screeningWorkingDays: 3 });
    expect(() => loadConfig({ REPORT_SCREENING_WORKING_DAYS: '0' })).toThrow(/REPORT_SCREENING_WORKING_DAYS/);
    expect(loadConfig({ PATRON_SAINT_DAY: '06-24' }).community).toEqual({ screeningWorkingDays: 5, patronSaintDay: '06-24' });
    expect(() => loadConfig({ PATRON_SAINT_DAY: '24/06' })).toThrow(/PATRON_SAINT_DAY/);
    expect(loadConfig({}).streamStates).toEqual({ cacheEntries: 10000, cacheMegabytes: 64, snapshotEvery: 500 });
    expect(loadConfig({ STATE_CACHE_ENTRIES: '0', SNAPSHOT_EVERY: '0' }).streamStates).toMatchObject({ cacheEntries: 0, snapshotEvery: 0 });
    expect(() => loadConfig({ SNAPSHOT_EVERY: '-1', STATE_CACHE_MB: 'lots' })).toThrow(/SNAPSHOT_EVERY[\s\S]*|STATE_CACHE_MB/);
  });

  it('runs the projections on their own thread with a Postgres server, on the API thread otherwise', () => {
    const server = { DATABASE_URL: 'postgres://db/tutela', AUTH_JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(server).projectionsOwnThread).toBe(true);
    expect(loadConfig({ ...server, PROJECTIONS_OWN_THREAD: 'false' }).projectionsOwnThread).toBe(false);
    expect(loadConfig({}).projectionsOwnThread).toBe(false);
    expect(() => loadConfig({ PROJECTIONS_OWN_THREAD: 'true' })).toThrow(/PROJECTIONS_OWN_THREAD=true needs DATABASE_URL/);
    expect(() => loadConfig({ ...server, PROJECTIONS_OWN_THREAD: 'yes' })).toThrow(/PROJECTIONS_OWN_THREAD must be true or false/);
    const esdb = { ...server, EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' };
    expect(loadConfig(esdb).projectionsOwnThread).toBe(false);
  });

  it('needs a connection string for eventstoredb', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
    expect(
      loadConfig({
        EVENT_STORE: 'eventstoredb',
        EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
        AUTH_JWT_SECRET: 'x'.repeat(32),
      }).eventStore,
    ).toBe('eventstoredb');
  });

  it("takes a cluster's gossip seeds, and still refuses what is not an esdb connection string", () => {
    const cluster = 'esdb://admin:secret@esdb1:2113,esdb2:2113,esdb3:2113?tls=true&tlsCAFile=/certs/ca/ca.crt';
    const env = { EVENT_STORE: 'eventstoredb', AUTH_JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({ ...env, EVENTSTORE_CONNECTION_STRING: cluster }).eventStoreConnectionString).toBe(cluster);
    expect(() => loadConfig({ ...env, EVENTSTORE_CONNECTION_STRING: 'http://esdb1:2113,esdb2:2113' })).toThrow(
      /must use esdb: or esdb\+discover:/,
    );
    expect(() => loadConfig({ ...env, EVENTSTORE_CONNECTION_STRING: 'esdb://esdb1:port,esdb2:2113' })).toThrow(/not a valid URL/);
  });

  it('logs at info, keeps /metrics to loopback and tracing off by default', () => {
    expect(loadConfig({})).toMatchObject({
      logLevel: 'info',
      metricsToken: undefined,
      tracing: { endpoint: undefined, serviceName: 'tutela' },
    });
  });

  it('takes LOG_LEVEL, METRICS_TOKEN and the OTLP endpoint, and refuses bad ones', () => {
    const config = loadConfig({
      LOG_LEVEL: 'debug',
      METRICS_TOKEN: 'scrape-token-0123456789',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SERVICE_NAME: 'tutela-milano',
    });
    expect(config).toMatchObject({
      logLevel: 'debug',
      metricsToken: 'scrape-token-0123456789',
      tracing: { endpoint: 'http://collector:4318', serviceName: 'tutela-milano' },
    });
    try {
      loadConfig({ LOG_LEVEL: 'verbose', METRICS_TOKEN: 'short', OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      const { problems } = error as ConfigError;
      expect(problems).toEqual([
        expect.stringMatching(/^LOG_LEVEL must be one of fatal, error/),
        expect.stringMatching(/^METRICS_TOKEN must be 16 to 512 characters/),
        expect.stringMatching(/^OTEL_EXPORTER_OTLP_ENDPOINT must use http: or https:/),
      ]);
    }
    expect(() => loadConfig({ METRICS_TOKEN: 'has spaces in it, sixteen+' })).toThrow(/METRICS_TOKEN/);
  });
});
