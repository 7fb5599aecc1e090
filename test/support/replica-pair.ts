/**
 * A PostgreSQL primary and a hot standby streaming from it, made from scratch for a test file:
 * initdb in a temporary directory, pg_basebackup -R for the standby, each on a free port, both
 * stopped and removed afterwards. Plain Node.js (no jest globals), so the spike benchmark uses it
 * too. The machine's own server cannot be used: a replica needs replication connections, which its
 * pg_hba.conf need not allow.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

function serverBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const names = ['initdb', 'pg_ctl', 'pg_basebackup'];
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (names.every((name) => fs.existsSync(path.join(bin, name)))) return bin;
  }
  return null;
}

const BIN = serverBinaries();
// initdb refuses to run as root: as root the servers run as `postgres`.
const AS_ROOT = process.getuid?.() === 0;

/** Why replica tests cannot run here, or null when they can. */
export const replicaUnavailableReason: string | null =
  BIN === null ? 'the PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) are not installed' : null;

function run(command: string, args: string[]): string {
  const [file, fileArgs] = AS_ROOT
    ? ['runuser', ['-u', 'postgres', '--', path.join(BIN!, command), ...args]]
    : [path.join(BIN!, command), args];
  return execFileSync(file, fileArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface ReplicaPair {
  /** postgres:// URLs of the primary and the standby, database `postgres`, superuser `postgres`. */
  primaryUrl: string;
  replicaUrl: string;
  /** The same on another database of the pair. */
  urlsOf(database: string): { primary: string; replica: string };
  stopReplica(): void;
  startReplica(): void;
  destroy(): void;
}

function postgresUrl(port: number, database = 'postgres'): string {
  return `postgres://postgres@127.0.0.1:${port}/${database}`;
}

/** Makes and starts a primary and its standby (a few seconds). */
export async function createReplicaPair(): Promise<ReplicaPair> {
  if (replicaUnavailableReason) throw new Error(`cannot make a replica: ${replicaUnavailableReason}`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-tracker-replica-'));
  fs.chmodSync(root, 0o755);
  if (AS_ROOT) execFileSync('chown', ['postgres', root]);
  const primaryDir = path.join(root, 'primary');
  const replicaDir = path.join(root, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const options = (port: number) =>
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = (dir: string, port: number) =>
    run('pg_ctl', ['-D', dir, '-o', options(port), '-l', `${dir}.log`, '-w', 'start']);
  const stop = (dir: string) => {
    try {
      run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped.
    }
  };
  try {
    run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync']);
    fs.appendFileSync(
      path.join(primaryDir, 'pg_hba.conf'),
      '\nhost replication all 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 trust\n',
    );
    start(primaryDir, primaryPort);
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
    ]);
    start(replicaDir, replicaPort);
  } catch (error) {
    stop(replicaDir);
    stop(primaryDir);
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  return {
    primaryUrl: postgresUrl(primaryPort),
    replicaUrl: postgresUrl(replicaPort),
    urlsOf: (database) => ({
      primary: postgresUrl(primaryPort, database),
      replica: postgresUrl(replicaPort, database),
    }),
    stopReplica: () => stop(replicaDir),
    startReplica: () => start(replicaDir, replicaPort),
    destroy() {
      stop(replicaDir);
      stop(primaryDir);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
