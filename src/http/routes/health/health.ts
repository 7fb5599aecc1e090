import { Router } from 'express';
import type { DatabaseRoles } from '../../../db/database-roles';
import { databaseStates } from '../../../services/readiness';
import { problem } from '../../problem';
import { sendProblem } from '../../error-middleware';

const READINESS_TIMEOUT_MS = 2000;

/**
 * `/readyz` checks the primary and, when there is one, the read replica. The primary down is a 503
 * (the instance can neither write nor, without a replica, read). A replica down is a 200 with
 * `status: degraded`: reads fall back to the primary (src/db/database-roles.ts), so the instance
 * still answers everything correctly and must stay in rotation; the body says what is wrong.
 */
export function healthRoutes(roles: DatabaseRoles): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const databases = await databaseStates(roles, READINESS_TIMEOUT_MS);
    if (databases.primary === 'down') {
      const unavailable = {
        ...problem(503, 'database_unavailable', 'the database does not answer', { instance: '/readyz' }),
        databases,
      };
      sendProblem(res, unavailable);
      return;
    }
    res.json({ status: databases.replica === 'down' ? 'degraded' : 'ready', databases });
  });
  return router;
}
