import path from 'node:path';
import { z } from 'zod';

const databaseUrl = z
  .string()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, 'must be a URL of the form postgres://user@host:port/database');

const integerFromEnv = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/** POST /api/v1/import takes files up to this size; larger ones go through the CLI. */
export const DEFAULT_IMPORT_MAX_BYTES = 100 * 1024 * 1024;

/** Every environment variable the service reads, with its default. README's table mirrors this. */
const environmentSchema = z.object({
  PORT: integerFromEnv(0, 65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.optional(),
  PGLITE_DIR: z.string().min(1).default('./data/pglite'),
  SEED_ON_START: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DB_POOL_MAX: integerFromEnv(1, 100).default(10),
  IMPORT_MAX_BYTES: integerFromEnv(1, 2 ** 40).default(DEFAULT_IMPORT_MAX_BYTES),
});

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'pglite'; dataDir: string | null };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  seedOnStart: boolean;
  logLevel: string;
  importMaxBytes: number;
}

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
  return {
    port: values.PORT,
    host: values.HOST,
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL, poolMax: values.DB_POOL_MAX }
      : { kind: 'pglite', dataDir: path.resolve(values.PGLITE_DIR) },
    seedOnStart: values.SEED_ON_START,
    logLevel: values.LOG_LEVEL,
    importMaxBytes: values.IMPORT_MAX_BYTES,
  };
}
