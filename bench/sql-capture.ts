import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import { createApp } from '../src/app/create-app';
import { acquireConnection, releaseConnection } from '../src/db/pooled-connection';
import { createLogger } from '../src/logging/logger';

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

interface CapturedQuery {
  sql: string;
  bindings: readonly unknown[];
}

/**
 * Serves the app in this process on a database whose queries are recorded, so the exact SQL one
 * HTTP request runs can be timed on its own with EXPLAIN ANALYZE.
 */
export interface SqlMeasurement {
  /** Server-side execution time of every query the request ran, summed (ms). */
  millis: number;
  /** Each query with its EXPLAIN (ANALYZE, BUFFERS) plan, as text. */
  plans: string;
}

export async function startSqlCapture(
  db: Knex,
): Promise<{ measureSql(path: string): Promise<SqlMeasurement>; close(): Promise<void> }> {
  let captured: CapturedQuery[] = [];
  db.on('query', (query: { sql: string; bindings?: readonly unknown[] }) =>
    captured.push({ sql: query.sql, bindings: query.bindings ?? [] }),
  );
  const server = http.createServer(createApp({ db, logger: createLogger('silent') })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async measureSql(path: string): Promise<SqlMeasurement> {
      captured = [];
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      const queries = captured;
      captured = [];
      // The recorded SQL has the driver's $1 placeholders, so it runs on a raw connection.
      const connection = await acquireConnection(db);
      let millis = 0;
      const plans: string[] = [];
      try {
        for (const query of queries) {
          // A request's own transactions (and the settings they make) are replayed around its queries.
          if (TRANSACTION_CONTROL.test(query.sql)) {
            await connection.query(query.sql);
            plans.push(query.sql);
            continue;
          }
          const result = await connection.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, [
            ...query.bindings,
          ]);
          const plan = result.rows.map((row) => row['QUERY PLAN']).join('\n');
          millis += Number(/Execution Time: ([\d.]+) ms/.exec(plan)![1]);
          plans.push(
            `${query.sql.replace(/\s+/g, ' ')}\n-- bindings: ${JSON.stringify(query.bindings).slice(0, 500)}\n${plan}`,
          );
        }
      } finally {
        await releaseConnection(db, connection);
      }
      captured = [];
      return { millis, plans: plans.join('\n\n') };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
