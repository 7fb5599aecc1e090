import type { Express } from 'express';
import { buildApp } from '../../src/http/app';
import { createLogger } from '../../src/logging/logger';
import type { Db } from '../../src/db/connection';

export const silentLogger = createLogger('silent');

export function buildTestApp(db: Db): Express {
  return buildApp({ db, logger: silentLogger });
}
