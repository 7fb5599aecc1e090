import { Router } from 'express';
import type { ReadRouting } from '../../db/database-roles';
import { databaseAnswers } from '../../db/readiness';
import { problem } from '../problem';
import { sendProblem } from '../error-middleware';

const READINESS_TIMEOUT_MS = 2000;

/**
 * `/readyz` checks the primary and, when there is one, the read replica. The primary down is a 503
 * (the instance can neither write nor, without a replica, read). A replica down is a 200 with
 * `status: degraded`: reads fall back to the primary (src/db/database-roles.ts), so the instance
 * still answers everything correctly and must stay in rotation; the body says what is wrong.
 */
export function healthRoutes(routing: ReadRouting): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const { primary, reads } = routing.roles;
    const [primaryUp, replicaUp] = await Promise.all([
      databaseAnswers(primary, READINESS_TIMEOUT_MS),
      reads ? databaseAnswers(reads, READINESS_TIMEOUT_MS) : null,
    ]);
    const databases = {
      primary: primaryUp ? 'up' : 'down',
      replica: replicaUp === null ? 'none' : replicaUp ? 'up' : 'down',
    };
    if (!primaryUp) {
      const unavailable = {
        ...problem(503, 'database_unavailable', 'the database does not answer', { instance: '/readyz' }),
        databases,
      };
      sendProblem(res, unavailable);
      return;
    }
    res.json({ status: replicaUp === false ? 'degraded' : 'ready', databases });
  });
  return router;
}
