import net from 'node:net';

/**
 * How the database looks from the service once the proxy is cut: `refused`, a host that is up
 * with nothing listening (connections fail at once); `unanswered`, a host that is gone or behind a
 * firewall that drops packets (connections are accepted and then nothing ever answers).
 */
export type Outage = 'refused' | 'unanswered';

export interface TcpProxy {
  port: number;
  /** Drops every connection through the proxy and makes new ones fail the way `outage` says. */
  cut(outage: Outage): Promise<void>;
  /** Forwards again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 in front of `target`, which a test can cut and restore like a network. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let outage: Outage | null = null;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };

  const server = net.createServer((client) => {
    track(client);
    // Accepted and then left without an answer: the client waits until its own timeout.
    if (outage === 'unanswered') return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const stopListening = () =>
    new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  const dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };

  await listen(0);
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    async cut(how) {
      outage = how;
      dropConnections();
      if (how === 'refused') await stopListening();
    },
    async restore() {
      outage = null;
      dropConnections();
      if (!server.listening) await listen(port);
    },
    async close() {
      dropConnections();
      await stopListening();
    },
  };
}
