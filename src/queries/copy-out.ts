import { PassThrough, Readable } from 'node:stream';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { isPglite } from '../db/connection';
import { acquireConnection, releaseConnection } from '../db/pooled-connection';

/** COPY options for CSV with a header line. */
export const COPY_CSV = 'WITH (FORMAT csv, HEADER true)';
// Lines of text (NDJSON) go through COPY's CSV mode with a quote and delimiter that JSON text never
// contains raw (it escapes every control character), so each line comes out exactly as PostgreSQL made it.
export const COPY_LINES = `WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')`;

/**
 * Streams `COPY (selectSql) TO STDOUT options` from PostgreSQL on a connection of the pool, which
 * goes back when the copy ends or fails. On PGlite, which cannot stream COPY, the whole result is
 * copied to its blob device at once: callers that must stay flat in memory there page themselves
 * (see designation-export.ts).
 */
export function copyOut(db: Knex, selectSql: string, options: string, prefix = ''): Readable {
  if (isPglite(db)) return Readable.from(pgliteCopy(db, selectSql, options, prefix));
  const output = new PassThrough();
  if (prefix) output.write(prefix);
  void acquireConnection(db).then(
    (connection: PoolClient) => streamCopy(db, connection, `COPY (${selectSql}) TO STDOUT ${options}`, output),
    (error: Error) => output.destroy(error),
  );
  return output;
}

/**
 * The COPY runs without the statement timeout of API queries: it sends rows only as fast as the
 * client reads them, so its duration is the client's download rather than the database's work
 * (a large export streams for many seconds). The timeout is lifted with SET LOCAL in the
 * COPY's own transaction, so it comes back by itself at the end and nothing is set on the session
 * (which behind PgBouncer in transaction mode would land on whichever server connection). A client
 * that goes away mid-way would leave the server blocked on sending and the connection taken for
 * good, so the connection is closed instead, which ends the COPY; the pool then drops it.
 */
function streamCopy(db: Knex, connection: PoolClient, copySql: string, output: PassThrough): void {
  let released = false;
  const release = () => {
    if (!released) void releaseConnection(db, connection);
    released = true;
  };
  const endTransaction = (statement: 'COMMIT' | 'ROLLBACK') => connection.query(statement).then(release, release);
  void connection.query('BEGIN; SET LOCAL statement_timeout = 0').then(
    () => {
      if (output.destroyed) {
        void endTransaction('ROLLBACK');
        return;
      }
      const copy = connection.query(copyTo(copySql));
      let copying = true;
      copy.on('error', (error: Error) => {
        copying = false;
        output.destroy(error);
        void endTransaction('ROLLBACK');
      });
      copy.on('end', () => {
        copying = false;
        void endTransaction('COMMIT');
      });
      output.on('close', () => {
        if (!copying) return;
        copy.destroy();
        void connection.end().then(release, release);
      });
      copy.pipe(output);
    },
    (error: Error) => {
      output.destroy(error);
      void endTransaction('ROLLBACK');
    },
  );
}

export async function pgliteCopyToBuffer(db: Knex, selectSql: string, options: string): Promise<Buffer> {
  // PGlite's knex client hands over the query result, which holds the blob a COPY TO '/dev/blob' wrote.
  const result = await db.raw<{ blob?: Blob }>(`COPY (${selectSql}) TO '/dev/blob' ${options}`);
  return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
}

async function* pgliteCopy(db: Knex, selectSql: string, options: string, prefix: string): AsyncGenerator<Buffer> {
  if (prefix) yield Buffer.from(prefix);
  yield await pgliteCopyToBuffer(db, selectSql, options);
}
