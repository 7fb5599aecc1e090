import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import { buildApp } from '../src/http/app';
import { createLogger } from '../src/logging/logger';

interface CapturedQuery {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * Serves the app in this process on a database whose queries are recorded, so the exact SQL one
 * HTTP request runs can be timed on its own with EXPLAIN ANALYZE.
 */
export async function startSqlCapture(db: Knex): Promise<{ sqlMillis(path: string): Promise<number>; close(): Promise<void> }> {
  let captured: CapturedQuery[] = [];
  db.on('query', (query: { sql: string; bindings?: readonly unknown[] }) => captured.push({ sql: query.sql, bindings: query.bindings ?? [] }));
  const server = http.createServer(buildApp({ db, logger: createLogger('silent') })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** Server-side execution time of every query the request ran, summed (ms). */
    async sqlMillis(path: string): Promise<number> {
      captured = [];
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      const queries = captured;
      captured = [];
      // The recorded SQL has the driver's $1 placeholders, so it runs on a raw connection.
      const connection = await db.client.acquireConnection();
      let total = 0;
      try {
        for (const query of queries) {
          const result = await connection.query(`explain (analyze, format json) ${query.sql}`, query.bindings);
          total += result.rows[0]['QUERY PLAN'][0]['Execution Time'];
        }
      } finally {
        await db.client.releaseConnection(connection);
      }
      captured = [];
      return total;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
