import { Router } from 'express';
import type { Db } from '../../db/connection';
import { databaseAnswers } from '../../db/readiness';
import { problem } from '../problem';
import { sendProblem } from '../error-middleware';

const READINESS_TIMEOUT_MS = 2000;

export function healthRoutes(db: Db): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (await databaseAnswers(db, READINESS_TIMEOUT_MS)) {
      res.json({ status: 'ready' });
      return;
    }
    sendProblem(res, problem(503, 'database_unavailable', 'the database does not answer', { instance: '/readyz' }));
  });
  return router;
}
