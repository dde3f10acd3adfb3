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

  it('needs a connection string for eventstoredb', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/EVENTSTORE_CONNECTION_STRING/);
    expect(loadConfig({ EVENT_STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }).eventStore).toBe('eventstoredb');
  });
});
