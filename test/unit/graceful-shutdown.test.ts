import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { DEFAULT_HTTP_SETTINGS } from '../../src/config/config';
import { createDrainRefusal } from '../../src/app/create-app';
import { createDrainableServer, DrainableServer } from '../../src/http/graceful-shutdown';

/**
 * The drain on real sockets, with a handler the test holds open: no database is involved, the
 * service's own use (a CSV export during SIGTERM) is in test/integration/faults-sigterm.test.ts.
 */
describe('a drainable HTTP server', () => {
  let drainable: DrainableServer;
  let port: number;
  let heldResponses: http.ServerResponse[];

  /** `/held` starts a streamed response and holds it open until the test ends it; anything else answers at once. */
  function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.url === '/held') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part;');
      heldResponses.push(res);
      return;
    }
    res.end('quick');
  }

  beforeEach(async () => {
    heldResponses = [];
    drainable = createDrainableServer(handler);
    await new Promise<void>((resolve) => drainable.server.listen(0, '127.0.0.1', resolve));
    port = (drainable.server.address() as AddressInfo).port;
  });
  afterEach(() => {
    drainable.server.closeAllConnections();
    drainable.server.close();
  });

  /** A new connection per request unless `agent` keeps one alive. */
  function get(
    path: string,
    agent: http.Agent | false = false,
    headers: http.OutgoingHttpHeaders = {},
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string; complete: boolean }> {
    return new Promise((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent, headers }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('error', () => undefined);
          response.on('close', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body, complete: response.complete }),
          );
        })
        .on('error', reject);
    });
  }

  async function untilHeld(count: number): Promise<void> {
    while (heldResponses.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  it('lets a request in flight finish, answers new requests 503 problem+json meanwhile, then stops listening', async () => {
    const inFlight = get('/held');
    await untilHeld(1);
    const shutdown = drainable.shutdown(60_000);

    const refused = await get('/readyz?x=1');
    expect(refused.status).toBe(503);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.headers.connection).toBe('close');
    expect(refused.headers['retry-after']).toBe('5');
    expect(JSON.parse(refused.body)).toMatchObject({
      status: 503,
      code: 'service_shutting_down',
      type: '/problems/service-shutting-down',
      instance: '/readyz',
    });

    heldResponses[0].end('second part');
    const finished = await inFlight;
    expect(finished).toMatchObject({ status: 200, body: 'first part;second part', complete: true });
    await expect(shutdown).resolves.toEqual({ drained: true });
    expect(drainable.shutdown(60_000)).toBe(drainable.shutdown(60_000));
    await expect(get('/after')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('closes idle keep-alive connections instead of waiting for their clients', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await get('/quick', agent)).body).toBe('quick');
      const [idleSocket] = Object.values(agent.freeSockets).flat() as net.Socket[];
      expect(idleSocket).toBeDefined();
      const closed = new Promise((resolve) => idleSocket.once('close', resolve));
      await expect(drainable.shutdown(60_000)).resolves.toEqual({ drained: true });
      await closed;
    } finally {
      agent.destroy();
    }
  });

  it('ends a kept-alive connection as soon as the response running on it at the drain has finished', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const keptAlive = get('/held', agent);
      await untilHeld(1);
      const other = get('/held');
      await untilHeld(2);
      const [socket] = Object.values(agent.sockets).flat() as net.Socket[];
      const closed = new Promise((resolve) => socket.once('close', resolve));
      const shutdown = drainable.shutdown(60_000);

      heldResponses[0].end('second part');
      expect(await keptAlive).toMatchObject({ body: 'first part;second part', complete: true });
      // Closed while the other request still runs, so not by the end of the shutdown.
      await closed;
      heldResponses[1].end('second part');
      expect(await other).toMatchObject({ complete: true });
      await expect(shutdown).resolves.toEqual({ drained: true });
    } finally {
      agent.destroy();
    }
  });

  it("answers with the app's security and CORS headers when given the app's refusal", async () => {
    const origin = 'https://newsroom.example';
    drainable.server.close();
    drainable = createDrainableServer(
      handler,
      createDrainRefusal({ ...DEFAULT_HTTP_SETTINGS, cors: { origins: [origin], allowWrites: false } }),
    );
    await new Promise<void>((resolve) => drainable.server.listen(0, '127.0.0.1', resolve));
    port = (drainable.server.address() as AddressInfo).port;
    const inFlight = get('/held');
    await untilHeld(1);
    void drainable.shutdown(60_000);

    const refused = await get('/api/v1/designations', false, { Origin: origin });
    expect(refused.status).toBe(503);
    expect(refused.headers).toMatchObject({
      'content-type': expect.stringMatching(/^application\/problem\+json/),
      'retry-after': '5',
      connection: 'close',
      'access-control-allow-origin': origin,
      'access-control-expose-headers': expect.stringContaining('Retry-After'),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
    });
    expect(refused.headers['x-powered-by']).toBeUndefined();
    expect(JSON.parse(refused.body)).toMatchObject({
      status: 503,
      code: 'service_shutting_down',
      instance: '/api/v1/designations',
    });
    heldResponses[0].end();
    await inFlight;
  });

  it('cuts the requests still running when the grace period runs out, and says how many', async () => {
    const first = get('/held');
    const second = get('/held');
    await untilHeld(2);
    await expect(drainable.shutdown(200)).resolves.toEqual({ drained: false, requestsCut: 2 });
    for (const cut of await Promise.all([first, second])) {
      expect(cut).toMatchObject({ status: 200, body: 'first part;', complete: false });
    }
  });
});
