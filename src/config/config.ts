import net from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const databaseUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a URL of the form postgres://user@host:port/database');

const integerFromEnv = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** POST /api/v1/import takes files up to this size; larger ones go through the CLI. */
export const DEFAULT_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

/** How long opening a PostgreSQL connection, or waiting for a free one in the pool, may take. */
export const DEFAULT_DB_CONNECT_TIMEOUT_MS = 5000;

// Under the 30 s after which Kubernetes follows SIGTERM with SIGKILL, so the service ends by itself
// and logs what it had to cut.
const DEFAULT_SHUTDOWN_GRACE_MS = 25_000;

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  if (PROXY_NAMES.includes(address)) return prefix === undefined;
  const version = net.isIP(address);
  if (version === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

// `true` (trust every proxy) is refused: any client could then pick its own address in
// X-Forwarded-For and escape the rate limits.
const trustProxy = z.string().transform((value, context) => {
  if (['false', '0', 'no'].includes(value)) return false;
  if (/^\d+$/.test(value)) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  if (entries.every(isProxyAddress)) return entries;
  context.addIssue({
    code: 'custom',
    message:
      'must be false, a number of proxies in front of the service, or a comma-separated list of proxy addresses ' +
      '(IP, CIDR, loopback, linklocal, uniquelocal)',
  });
  return z.NEVER;
});

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

const corsOrigins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .refine(
    (origins) => origins.every((origin) => origin === '*' || isOrigin(origin)),
    'must be * or a comma-separated list of origins like https://example.org (scheme, host and port only)',
  );

/** Every environment variable the service reads, with its default. README's table mirrors this. */
const environmentSchema = z.object({
  PORT: integerFromEnv(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.optional(),
  DATABASE_READ_URL: databaseUrl.optional(),
  PGLITE_DIR: z.string().min(1).default('./data/pglite'),
  SEED_ON_START: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: integerFromEnv(1, 100).default(10),
  DB_CONNECT_TIMEOUT_MS: integerFromEnv(1, 600_000).default(DEFAULT_DB_CONNECT_TIMEOUT_MS),
  SHUTDOWN_GRACE_MS: integerFromEnv(0, 3_600_000).default(DEFAULT_SHUTDOWN_GRACE_MS),
  IMPORT_MAX_BYTES: integerFromEnv(1, 2 ** 40).default(DEFAULT_IMPORT_MAX_BYTES),
  STATEMENT_TIMEOUT_MS: integerFromEnv(0, 2 ** 31 - 1).default(10_000),
  JSON_BODY_MAX_BYTES: integerFromEnv(1, 2 ** 30).default(1024 * 1024),
  QUERY_STRING_MAX_BYTES: integerFromEnv(1, 2 ** 20).default(4096),
  URL_MAX_BYTES: integerFromEnv(1, 2 ** 20).default(8192),
  RATE_LIMIT_READS_PER_MINUTE: integerFromEnv(0, 10_000_000).default(600),
  RATE_LIMIT_WRITES_PER_MINUTE: integerFromEnv(0, 10_000_000).default(60),
  RATE_LIMIT_EXPORTS_PER_MINUTE: integerFromEnv(0, 10_000_000).default(20),
  TRUST_PROXY: trustProxy.default(false),
  CORS_ORIGINS: corsOrigins.default([]),
  CORS_ALLOW_WRITES: booleanFromEnv.default(false),
  HSTS_MAX_AGE_SECONDS: integerFromEnv(0, 2 * 365 * 24 * 3600).default(0),
  RESPONSE_CACHE_MB: integerFromEnv(0, 65_536).default(32),
  HTTP_CACHE_MAX_AGE_SECONDS: integerFromEnv(0, 31_536_000).default(60),
  HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS: integerFromEnv(0, 31_536_000).default(300),
});

type EnvironmentValues = z.output<typeof environmentSchema>;

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolMax: number; connectTimeoutMs?: number }
  /**
   * `snapshot`: a dump of another embedded database to start from (see dumpPgliteDb).
   * `wasmModule`: PGlite's WebAssembly already compiled (a `WebAssembly.Module`, which TypeScript
   * declares only in its DOM libraries), for a process that opens many embedded databases one after
   * another (the tests): compiled once, and optimized once as it runs.
   */
  | { kind: 'pglite'; dataDir: string | null; snapshot?: Blob; wasmModule?: object };

/** Requests per minute and client address, per kind of request; 0 turns that limit off. */
export interface RateLimits {
  reads: number;
  writes: number;
  /** CSV, NDJSON and data package downloads, which count as reads too. */
  exports: number;
}

/** Express's 'trust proxy': none, how many proxies are in front, or their addresses. */
export type TrustProxy = false | number | string[];

/** What the HTTP layer enforces and announces before any handler runs. */
export interface HttpSettings {
  jsonBodyMaxBytes: number;
  queryStringMaxBytes: number;
  urlMaxBytes: number;
  rateLimits: RateLimits;
  trustProxy: TrustProxy;
  /** Origins that may read the API from a browser (`*` for any), and whether they may write too. */
  cors: { origins: string[]; allowWrites: boolean };
  /** Strict-Transport-Security max-age; 0 sends none (the service may run on plain HTTP). */
  hstsMaxAgeSeconds: number;
  /** Memory for answers of API reads kept until the data changes (see src/http/routes/reads/response-cache.ts); 0 keeps none. */
  responseCacheBytes: number;
  /** Cache-Control of anonymous reads (see src/request/conditional-reads.ts). */
  cacheControl: { maxAgeSeconds: number; staleWhileRevalidateSeconds: number };
}

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** A streaming replica of `database` that serves reads (DATABASE_READ_URL), or null. */
  readDatabase: Extract<DatabaseConfig, { kind: 'postgres' }> | null;
  seedOnStart: boolean;
  logLevel: string;
  importMaxBytes: number;
  /** After SIGTERM or SIGINT, how long requests in flight may take to finish before they are cut. */
  shutdownGraceMs: number;
  /** API statements running longer are cancelled (503); 0 means no limit. */
  statementTimeoutMs: number;
  http: HttpSettings;
}

function httpSettings(values: EnvironmentValues): HttpSettings {
  return {
    jsonBodyMaxBytes: values.JSON_BODY_MAX_BYTES,
    queryStringMaxBytes: values.QUERY_STRING_MAX_BYTES,
    urlMaxBytes: values.URL_MAX_BYTES,
    rateLimits: {
      reads: values.RATE_LIMIT_READS_PER_MINUTE,
      writes: values.RATE_LIMIT_WRITES_PER_MINUTE,
      exports: values.RATE_LIMIT_EXPORTS_PER_MINUTE,
    },
    trustProxy: values.TRUST_PROXY,
    cors: { origins: values.CORS_ORIGINS, allowWrites: values.CORS_ALLOW_WRITES },
    hstsMaxAgeSeconds: values.HSTS_MAX_AGE_SECONDS,
    responseCacheBytes: values.RESPONSE_CACHE_MB * 1024 * 1024,
    cacheControl: {
      maxAgeSeconds: values.HTTP_CACHE_MAX_AGE_SECONDS,
      staleWhileRevalidateSeconds: values.HTTP_CACHE_STALE_WHILE_REVALIDATE_SECONDS,
    },
  };
}

/** The HTTP settings of an environment that sets none: what createApp uses unless told otherwise. */
export const DEFAULT_HTTP_SETTINGS: HttpSettings = httpSettings(environmentSchema.parse({}));

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws ConfigError with one line naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  // A replica of the embedded database cannot exist: reads and writes would see different data.
  if (values.DATABASE_READ_URL && !values.DATABASE_URL)
    throw new ConfigError(
      'invalid configuration: DATABASE_READ_URL needs DATABASE_URL (a replica of a PostgreSQL server)',
    );
  return {
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? {
          kind: 'postgres',
          url: values.DATABASE_URL,
          poolMax: values.DB_POOL_MAX,
          connectTimeoutMs: values.DB_CONNECT_TIMEOUT_MS,
        }
      : { kind: 'pglite', dataDir: path.resolve(values.PGLITE_DIR) },
    readDatabase: values.DATABASE_READ_URL
      ? {
          kind: 'postgres',
          url: values.DATABASE_READ_URL,
          poolMax: values.DB_POOL_MAX,
          connectTimeoutMs: values.DB_CONNECT_TIMEOUT_MS,
        }
      : null,
    seedOnStart: values.SEED_ON_START,
    logLevel: values.LOG_LEVEL,
    importMaxBytes: values.IMPORT_MAX_BYTES,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    statementTimeoutMs: values.STATEMENT_TIMEOUT_MS,
    http: httpSettings(values),
  };
}
