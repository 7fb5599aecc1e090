import http from 'node:http';
import { problem } from './problem';

/** How a shutdown ended: every request finished, or the grace period ran out and the rest were cut. */
export type ShutdownOutcome = { drained: true } | { drained: false; requestsCut: number };

export interface DrainableServer {
  server: http.Server;
  /**
   * Stops taking new work and resolves once every request in flight has finished (or `graceMs`
   * has passed), with every connection closed. Calling it again returns the same shutdown.
   */
  shutdown(graceMs: number): Promise<ShutdownOutcome>;
}

// A load balancer has usually moved the client to another instance by then, or this one is back.
const RETRY_AFTER_SECONDS = 5;

/**
 * An HTTP server that shuts down without cutting a request short. While it drains, the listener
 * stays open so that new requests, /readyz included, get an explicit 503 problem with
 * `Connection: close` (a load balancer takes the instance out of rotation; a client knows to retry)
 * rather than a refused connection (`refuse`, which by default writes that answer alone; the server
 * adds the app's security and CORS headers to it); requests already running, a streaming export
 * included, run to their end. A few lines of our own instead of http-terminator or stoppable: those
 * close the listener at once and have no hook to answer requests that arrive while draining.
 */
export function createDrainableServer(
  app: http.RequestListener,
  refuse: http.RequestListener = refuseWhileDraining,
): DrainableServer {
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  let allFinished: (() => void) | null = null;
  let shutdownOutcome: Promise<ShutdownOutcome> | null = null;

  const server = http.createServer((req, res) => {
    if (draining) {
      refuse(req, res);
      return;
    }
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // A response that began before the drain could not say `Connection: close`: end its
      // connection now rather than let the client send another request on it.
      if (draining) req.socket.end();
      if (inFlight.size === 0) allFinished?.();
    });
    app(req, res);
  });

  async function drain(graceMs: number): Promise<ShutdownOutcome> {
    draining = true;
    // Responses that have not started yet tell their client not to reuse the connection.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    server.closeIdleConnections();
    const finished = inFlight.size === 0 || (await finishedWithin(graceMs));
    const requestsCut = inFlight.size;
    server.close();
    // No request is left on these connections, or the grace period is over: close them all.
    server.closeAllConnections();
    return finished ? { drained: true } : { drained: false, requestsCut };
  }

  function finishedWithin(graceMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), graceMs);
      allFinished = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
  }

  return {
    server,
    shutdown(graceMs) {
      shutdownOutcome ??= drain(graceMs);
      return shutdownOutcome;
    },
  };
}

/** The 503 problem a request that arrives while the server drains gets (see createDrainableServer). */
export function refuseWhileDraining(req: http.IncomingMessage, res: http.ServerResponse): void {
  const body = problem(503, 'service_shutting_down', 'the service is shutting down; retry shortly', {
    instance: (req.url ?? '/').split('?')[0],
  });
  res.writeHead(503, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': String(RETRY_AFTER_SECONDS),
    Connection: 'close',
  });
  res.end(JSON.stringify(body));
}
