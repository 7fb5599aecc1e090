import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/config';

describe('loadConfig', () => {
  it('defaults to PGlite under ./data/pglite on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.resolve('./data/pglite') });
    expect(config.seedOnStart).toBe(true);
  });

  it('switches to PostgreSQL with DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://me@db.example:5432/tracker', DB_POOL_MAX: '4' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://me@db.example:5432/tracker',
      poolMax: 4,
      connectTimeoutMs: 5000,
    });
  });

  it('bounds waiting for the database and for a shutdown, with defaults that can be changed', () => {
    expect(loadConfig({}).shutdownGraceMs).toBe(25_000);
    const config = loadConfig({
      DATABASE_URL: 'postgres://me@db.example/tracker',
      DB_CONNECT_TIMEOUT_MS: '1500',
      SHUTDOWN_GRACE_MS: '0',
    });
    expect(config.database).toMatchObject({ kind: 'postgres', connectTimeoutMs: 1500 });
    expect(config.shutdownGraceMs).toBe(0);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('pglite');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'localhost:5432' }, 'DATABASE_URL must be a URL of the form postgres://'],
    [{ DATABASE_URL: 'mysql://db/x' }, 'DATABASE_URL must be a URL'],
    [{ SEED_ON_START: 'maybe' }, 'SEED_ON_START must be true or false'],
    [{ DB_CONNECT_TIMEOUT_MS: '0' }, 'DB_CONNECT_TIMEOUT_MS'],
    [{ DB_CONNECT_TIMEOUT_MS: '2s' }, 'DB_CONNECT_TIMEOUT_MS must be a whole number'],
    [{ SHUTDOWN_GRACE_MS: '-1' }, 'SHUTDOWN_GRACE_MS must be a whole number'],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});

describe('loadConfig: limits, CORS and security headers', () => {
  it('has limits on by default: statement timeout, body, URL and query string sizes, rate limits', () => {
    const config = loadConfig({});
    expect(config.statementTimeoutMs).toBe(10_000);
    expect(config.http).toEqual({
      cacheControl: { maxAgeSeconds: 60, staleWhileRevalidateSeconds: 300 },
      jsonBodyMaxBytes: 1_048_576,
      queryStringMaxBytes: 4096,
      urlMaxBytes: 8192,
      rateLimits: { reads: 600, writes: 60, exports: 20 },
      trustProxy: false,
      cors: { origins: [], allowWrites: false },
      hstsMaxAgeSeconds: 0,
      responseCacheBytes: 32 * 1024 * 1024,
    });
  });

  it('reads each limit from its variable; 0 turns a rate limit or the statement timeout off', () => {
    const config = loadConfig({
      STATEMENT_TIMEOUT_MS: '0',
      JSON_BODY_MAX_BYTES: '2048',
      QUERY_STRING_MAX_BYTES: '100',
      URL_MAX_BYTES: '300',
      RATE_LIMIT_READS_PER_MINUTE: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '5',
      RATE_LIMIT_EXPORTS_PER_MINUTE: '1',
      HSTS_MAX_AGE_SECONDS: '31536000',
      RESPONSE_CACHE_MB: '0',
    });
    expect(config.statementTimeoutMs).toBe(0);
    expect(config.http).toMatchObject({
      jsonBodyMaxBytes: 2048,
      queryStringMaxBytes: 100,
      urlMaxBytes: 300,
      hstsMaxAgeSeconds: 31_536_000,
      responseCacheBytes: 0,
    });
    expect(config.http.rateLimits).toEqual({ reads: 0, writes: 5, exports: 1 });
  });

  it.each([
    ['false', false],
    ['0', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.7, ::1', ['10.0.0.0/8', '192.168.1.7', '::1']],
  ])('TRUST_PROXY=%s is %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('reads CORS origins as a comma-separated list, and CORS_ALLOW_WRITES', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://example.org, http://localhost:8080',
      CORS_ALLOW_WRITES: 'true',
    });
    expect(config.http.cors).toEqual({ origins: ['https://example.org', 'http://localhost:8080'], allowWrites: true });
    expect(loadConfig({ CORS_ORIGINS: '*' }).http.cors.origins).toEqual(['*']);
  });

  it.each([
    [{ STATEMENT_TIMEOUT_MS: '-1' }, 'STATEMENT_TIMEOUT_MS must be a whole number'],
    [{ JSON_BODY_MAX_BYTES: '0' }, 'JSON_BODY_MAX_BYTES'],
    [{ QUERY_STRING_MAX_BYTES: '4kb' }, 'QUERY_STRING_MAX_BYTES must be a whole number'],
    [{ RATE_LIMIT_WRITES_PER_MINUTE: 'lots' }, 'RATE_LIMIT_WRITES_PER_MINUTE must be a whole number'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY must be false, a number of proxies'],
    [{ TRUST_PROXY: 'proxy.example.org' }, 'TRUST_PROXY must be false'],
    [{ TRUST_PROXY: '10.0.0.0/8/1' }, 'TRUST_PROXY must be false'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be false'],
    [{ CORS_ORIGINS: 'https://example.org/app' }, 'CORS_ORIGINS must be * or a comma-separated list of origins'],
    [{ CORS_ORIGINS: 'example.org' }, 'CORS_ORIGINS must be'],
    [{ CORS_ALLOW_WRITES: 'sometimes' }, 'CORS_ALLOW_WRITES must be true or false'],
  ])('rejects %j naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
