import { PassThrough, Readable } from 'node:stream';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { isPglite } from '../../db/connection';

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
  db.client.acquireConnection().then(
    (connection: PoolClient) => streamCopy(db, connection, `COPY (${selectSql}) TO STDOUT ${options}`, output),
    (error: Error) => output.destroy(error),
  );
  return output;
}

/**
 * The COPY runs without the statement timeout of API queries: it sends rows only as fast as the
 * client reads them, so its duration is the client's download rather than the database's work
 * (a 1M-row export takes some 30 s on a fast link). The timeout is lifted with SET LOCAL in the
 * COPY's own transaction, so it comes back by itself at the end and nothing is set on the session
 * (which behind PgBouncer in transaction mode would land on whichever server connection). A client
 * that goes away mid-way would leave the server blocked on sending and the connection taken for
 * good, so the connection is closed instead, which ends the COPY; the pool then drops it.
 */
function streamCopy(db: Knex, connection: PoolClient, copySql: string, output: PassThrough): void {
  let released = false;
  const release = () => {
    if (!released) db.client.releaseConnection(connection);
    released = true;
  };
  const endTransaction = (statement: 'COMMIT' | 'ROLLBACK') => connection.query(statement).then(release, release);
  connection.query('BEGIN; SET LOCAL statement_timeout = 0').then(
    () => {
      if (output.destroyed) {
        endTransaction('ROLLBACK');
        return;
      }
      const copy = connection.query(copyTo(copySql));
      let copying = true;
      copy.on('error', (error: Error) => {
        copying = false;
        output.destroy(error);
        endTransaction('ROLLBACK');
      });
      copy.on('end', () => {
        copying = false;
        endTransaction('COMMIT');
      });
      output.on('close', () => {
        if (!copying) return;
        copy.destroy();
        connection.end().then(release, release);
      });
      copy.pipe(output);
    },
    (error: Error) => {
      output.destroy(error);
      endTransaction('ROLLBACK');
    },
  );
}

export async function pgliteCopyToBuffer(db: Knex, selectSql: string, options: string): Promise<Buffer> {
  const result = await db.raw(`COPY (${selectSql}) TO '/dev/blob' ${options}`);
  return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
}

async function* pgliteCopy(db: Knex, selectSql: string, options: string, prefix: string): AsyncGenerator<Buffer> {
  if (prefix) yield Buffer.from(prefix);
  yield await pgliteCopyToBuffer(db, selectSql, options);
}
